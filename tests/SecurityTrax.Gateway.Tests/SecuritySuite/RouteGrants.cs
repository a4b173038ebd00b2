using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Gateway.Auth;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// The grant each route of the running gateway requires, read from its endpoint's authorization metadata
/// (<see cref="GrantRequirement"/>), keyed "METHOD /template" as in the OpenAPI document.
/// </summary>
public static class RouteGrants
{
    public static IReadOnlyDictionary<string, IReadOnlyList<GrantRequirement>> Read(IServiceProvider services)
    {
        var routes = new Dictionary<string, IReadOnlyList<GrantRequirement>>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [];
            var template = Template(endpoint);
            var requirements = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
                .SelectMany(p => p.Requirements).OfType<GrantRequirement>().ToList();
            foreach (var method in methods)
            {
                routes[$"{method} {template}"] = requirements;
            }
        }

        return routes;
    }

    /// <summary>Every grant that lets a caller through the requirement: the grant itself, its narrower one and its alternatives.</summary>
    public static IReadOnlyList<string> Opening(GrantRequirement requirement) =>
        [.. new[] { requirement.Grant, requirement.Narrower }.OfType<string>().Concat(requirement.Alternatives).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The endpoint's route as the OpenAPI document writes it: "/api/v1/customers/{id}/files".</summary>
    public static string Template(RouteEndpoint endpoint) => "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(Segment));

    private static string Segment(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPathSegment segment) =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }));
}

using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>What an endpoint is, read from its metadata, so the document derives headers and answers from one rule.</summary>
public sealed record EndpointTraits(
    string? Name,
    bool SignedIn,
    bool NeedsGrant,
    bool OperatorKey,
    bool TakesIfMatch,
    bool TakesIdempotencyKey,
    bool RequiresIdempotencyKey,
    bool HasBody,
    bool HasRouteValues,
    bool CallsSilo)
{
    public static EndpointTraits Of(ApiDescription description)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var handler = metadata.OfType<MethodInfo>().FirstOrDefault();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var policies = metadata.OfType<AuthorizationPolicy>().ToList();
        // The fallback policy (SecurityHostingExtensions) signs in every endpoint that does not allow anonymous callers.
        var signedIn = !anonymous;
        return new EndpointTraits(
            metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName,
            signedIn,
            signedIn && policies.SelectMany(p => p.Requirements).OfType<GrantRequirement>().Any(),
            metadata.OfType<OperatorKeyOnly>().Any(),
            handler is not null && IfMatchOpenApi.TakesIfMatch(handler),
            metadata.OfType<IdempotentCreate>().Any(),
            metadata.OfType<IdempotencyKeyRequired>().Any(),
            description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile),
            description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path),
            // Anything that reaches a grain can meet a silo outage (503); only liveness never does.
            signedIn || metadata.OfType<IdempotentCreate>().Any() || (handler?.GetParameters().Any(p => p.ParameterType == typeof(IClusterClient)) ?? false));
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.OpenApi;

namespace SecurityTrax.Gateway.Hosting;

public static class HttpConventionsExtensions
{
    /// <summary>JSON that refuses unknown members, ProblemDetails for every error, and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddSecurityTraxHttp(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Unknown members are refused, never bound: no mass assignment.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // Money always has two decimals in answers (12.50, never 12.5).
            o.SerializerOptions.Converters.Add(new MoneyJsonConverter());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        });
        // Binding failures throw, so that ErrorResponses can say which field and why.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            StatusProblems.Apply(c.ProblemDetails, c.HttpContext);
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier);
            ProblemMasking.Apply(c.ProblemDetails);
        });
        builder.Services.AddExceptionHandler<ErrorResponses>();
        builder.Services.AddSecurityTraxOpenApi();
        // No "Server: Kestrel" on every answer: it tells callers nothing they need.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        return builder;
    }
}

using System.Reflection;
using System.Security.Cryptography;

namespace SecurityTrax.Gateway.Hosting;

/// <summary>
/// The build writes the OpenAPI document by starting this host under the document tool with a server that never
/// listens. No silo, database or signing key is there, so such a run gets a throw-away key and starts none of the
/// background services that would reach the cluster (the Orleans client, the notification relay).
/// </summary>
public static class DocumentGeneration
{
    private const string ToolAssembly = "GetDocument.Insider";

    /// <summary>True while the build's document tool runs the host (it is the entry assembly then).</summary>
    public static bool IsRunning => Assembly.GetEntryAssembly()?.GetName().Name == ToolAssembly;

    /// <summary>Called last, after every registration; does nothing outside a document-generation run.</summary>
    public static WebApplicationBuilder TolerateDocumentGeneration(this WebApplicationBuilder builder)
    {
        if (!IsRunning)
        {
            return builder;
        }

        // No token is ever signed in this run; the key only satisfies the start-up check.
        builder.Configuration.AddInMemoryCollection([new("Auth:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))]);
        // The registrations stay (handler parameters are told apart from body and query by them); only the services
        // that would start work are dropped. ASP.NET's own host service stays: the tool waits for the host to start.
        foreach (var background in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && !IsAspNetHosting(d)).ToList())
        {
            builder.Services.Remove(background);
        }

        return builder;
    }

    private static bool IsAspNetHosting(ServiceDescriptor descriptor) =>
        descriptor.ImplementationType?.Assembly.GetName().Name == "Microsoft.AspNetCore.Hosting";
}

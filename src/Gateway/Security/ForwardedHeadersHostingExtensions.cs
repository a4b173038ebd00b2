using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SecurityTrax.Gateway.Security;

/// <summary>
/// Behind a proxy, the sign-in and portal throttles must count the client's address, not the proxy's: the client's
/// comes from <c>X-Forwarded-For</c>, believed only from the proxies configured (issue 22, point 5).
/// </summary>
public static class ForwardedHeadersHostingExtensions
{
    public static WebApplicationBuilder AddSecurityTraxForwardedHeaders(this WebApplicationBuilder builder)
    {
        var settings = Settings(builder.Configuration);
        if (!settings.Enabled)
        {
            return builder;
        }

        if (settings.KnownProxies.Length == 0 && settings.KnownNetworks.Length == 0)
        {
            throw new InvalidOperationException(
                "ForwardedHeaders:Enabled needs ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks: the proxies whose headers are believed.");
        }

        var proxies = settings.KnownProxies
            .Select(p => IPAddress.TryParse(p.Trim(), out var address) ? address : throw NotAnAddress("KnownProxies", p))
            .ToList();
        var networks = settings.KnownNetworks
            .Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network) ? network : throw NotAnAddress("KnownNetworks", n))
            .ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = settings.ForwardLimit;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        return builder;
    }

    /// <summary>First in the pipeline, so every later step sees the client's address; nothing when not enabled.</summary>
    public static WebApplication UseSecurityTraxForwardedHeaders(this WebApplication app)
    {
        if (Settings(app.Configuration).Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static ForwardedHeadersSettings Settings(IConfiguration configuration) =>
        configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();

    private static InvalidOperationException NotAnAddress(string key, string text) =>
        new($"ForwardedHeaders:{key} has '{text}', which is not an address{(key == "KnownNetworks" ? " range (CIDR, 10.0.0.0/8)" : "")}.");
}

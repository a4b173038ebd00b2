using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace SecurityTrax.Gateway.Tests;

/// <summary>The test server has no client address; this lets a test choose one per request.</summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            // Without the header every request gets an address of its own, so failed sign-ins of
            // unrelated tests never add up to the per-address limit.
            context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[Header], out var address)
                ? address
                : IPAddress.Parse(Random());
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>An address from the IPv6 documentation prefix: a label only, never contacted.</summary>
    public static string Random() => $"2001:db8::{System.Random.Shared.Next(1, 0xFFFF):x}:{System.Random.Shared.Next(1, 0xFFFF):x}";
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Gateway.Security;

namespace SecurityTrax.Gateway.Tests.Security;

/// <summary>
/// Every endpoint needs a signed-in user unless it opts out (issue 22, point 5). The endpoints that opt out are listed
/// here by hand: a new anonymous endpoint fails this test until someone decides it belongs on the list.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AnonymousEndpointTests(GatewayFixture fixture)
{
    /// <summary>Who may call without a token, and what guards each instead.</summary>
    private static readonly string[] AllowedAnonymous =
    [
        // Liveness and readiness (readiness details need the operator key).
        "GET /healthz",
        "GET /readyz",

        // Signing in: the password or the refresh token is the key; throttled per address and per user.
        "POST /api/v1/auth/logout",
        "POST /api/v1/auth/refresh",
        "POST /api/v1/auth/token",

        // The operator's routes: X-Operator-Key, compared in fixed time; closed when no key is configured.
        "GET /api/v1/platform/credit-bureau-requests/",
        "GET /api/v1/platform/tenants",
        "POST /api/v1/platform/credit-bureau-requests/{tenant}/{requestId:long}/approve",
        "POST /api/v1/platform/credit-bureau-requests/{tenant}/{requestId:long}/refuse",
        "POST /api/v1/platform/tenants",

        // The customer portal: the pay link's token, or a code sent to the customer (throttled per address).
        "GET /api/v1/portal/{company}/{token}/",
        "GET /api/v1/portal/{company}/{token}/invoices/{invoiceId:long}/pdf",
        "GET /api/v1/portal/{company}/{token}/logo",
        "GET /api/v1/portal/{company}/{token}/payments/{paymentId:long}",
        "POST /api/v1/portal/{company}/codes",
        "POST /api/v1/portal/{company}/sessions",
        "POST /api/v1/portal/{company}/{token}/payments",
        "GET /portal/assets/{file}",
        "GET /portal/{company}",
        "GET /portal/{company}/{token}",
        "GET /portal/{company}/{token}/receipt/{paymentId:long}",

        // A technician's calendar feed: the link's signature.
        "GET /api/v1/technicians/{userId:long}/calendar.ics",

        // Webhooks: the provider's signature, checked in the silo with the company's secrets.
        "POST /webhooks/stripe/{tenant}",
        "POST /webhooks/twilio/{tenant}/inbound",
        "POST /webhooks/twilio/{tenant}/status",

        // The API document and its reference page.
        "GET /openapi/{documentName}.json",
        "GET /scalar/favicon.svg",
        "GET /scalar/scalar.aspnetcore.js",
        "GET /scalar/scalar.js",
        "GET /scalar/{documentName?}",

        // The console's page for any deep link; its API calls need a token.
        "GET /{*path:console}",
        "HEAD /{*path:console}",
    ];

    [Fact]
    public async Task EveryEndpointNeedsASignedInUserUnlessItIsOnTheAllowList()
    {
        var policies = fixture.Gateway.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var fallback = await policies.GetFallbackPolicyAsync();
        Assert.Same(SecurityHostingExtensions.SignedInOnRoutes, fallback);

        var anonymous = fixture.Gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && !IsConsoleFile(e))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(AllowedAnonymous.Order(StringComparer.Ordinal), anonymous);
    }

    [Fact]
    public async Task AnEndpointWithoutAuthorizationOfItsOwnNeedsASignedInUser()
    {
        // An endpoint mapped with no grant, policy or AllowAnonymous, as a forgetful new route would be.
        var endpoint = new RouteEndpoint(_ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/forgot"), 0, EndpointMetadataCollection.Empty, "forgot");
        var http = new DefaultHttpContext { RequestServices = fixture.Gateway.Services };
        http.SetEndpoint(endpoint);
        var authorization = fixture.Gateway.Services.GetRequiredService<IAuthorizationService>();

        var anonymous = await authorization.AuthorizeAsync(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity()), http, SecurityHostingExtensions.SignedInOnRoutes);
        var signedIn = await authorization.AuthorizeAsync(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([], "Bearer")), http, SecurityHostingExtensions.SignedInOnRoutes);

        Assert.False(anonymous.Succeeded);
        Assert.True(signedIn.Succeeded);
    }

    /// <summary>The console's own files (one endpoint per file, names fingerprinted per build) are public by design.</summary>
    private static bool IsConsoleFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.StaticAssets", StringComparison.Ordinal) == true);
}

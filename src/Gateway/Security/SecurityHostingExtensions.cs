using Microsoft.AspNetCore.Authorization;

namespace SecurityTrax.Gateway.Security;

/// <summary>The gateway's hardening of issue 22, points 5 and 12, composed in one call.</summary>
public static class SecurityHostingExtensions
{
    /// <summary>
    /// Every endpoint needs a signed-in user unless it says <c>AllowAnonymous</c> (a new endpoint cannot be public by
    /// omission); forwarded headers from configured proxies; rate limits on expensive routes.
    /// </summary>
    /// <summary>
    /// A signed-in user, wherever a route matched. Requests that match none (404) or only with another method (405,
    /// which routing answers with an endpoint of its own, not a route) keep their answers: the API document names
    /// every route anyway, so hiding which exist would protect nothing.
    /// </summary>
    public static readonly AuthorizationPolicy SignedInOnRoutes = new AuthorizationPolicyBuilder()
        .RequireAssertion(c => c.User.Identity?.IsAuthenticated == true || c.Resource is HttpContext { } http && http.GetEndpoint() is not RouteEndpoint)
        .Build();

    public static WebApplicationBuilder AddSecurityTraxSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(SignedInOnRoutes);
        builder.AddSecurityTraxForwardedHeaders();
        builder.AddSecurityTraxRateLimits();
        return builder;
    }
}

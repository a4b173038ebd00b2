using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Auth;

public static class GrantEndpointExtensions
{
    /// <summary>Only users holding <c>{resource}.{action}</c> reach the endpoint; others get 403.</summary>
    public static TBuilder RequireGrant<TBuilder>(this TBuilder builder, string resource, string action)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireGrant(Grants.For(resource, action));

    /// <summary>Users holding <paramref name="grant"/> or the narrower <paramref name="narrower"/> reach the endpoint, which decides for the latter.</summary>
    public static TBuilder RequireGrantOrNarrower<TBuilder>(this TBuilder builder, string grant, string narrower)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireAuthenticatedUser().AddRequirements(new GrantRequirement(grant, narrower)));

    /// <summary>Users holding any one of the grants reach the endpoint, which decides what each allows; others get 403 naming the first.</summary>
    public static TBuilder RequireAnyGrant<TBuilder>(this TBuilder builder, string grant, params string[] others)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireAuthenticatedUser().AddRequirements(new GrantRequirement(grant) { Alternatives = others }));

    public static TBuilder RequireGrant<TBuilder>(this TBuilder builder, string grant)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireAuthenticatedUser().AddRequirements(new GrantRequirement(grant)));
}

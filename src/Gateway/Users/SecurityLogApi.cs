using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Users;

public static class SecurityLogApi
{
    public static IEndpointRouteBuilder MapSecurityLogApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/security-log", ReadAsync)
            .WithTags("Security log")
            .RequireGrant("security_log", Grants.View)
            .WithName("ReadSecurityLog");
        return routes;
    }

    /// <summary>Sign-ins, failed sign-ins, user and role changes, newest first; page with <c>before</c>.</summary>
    public static async Task<Ok<SecurityEventResponse[]>> ReadAsync(
        IClusterClient cluster, CurrentUser me, long? before, int? limit) =>
        TypedResults.Ok((await cluster.GetGrain<ISecurityLogGrain>(me.Key(ISecurityLogGrain.Id)).ReadAsync(before, limit ?? 50))
            .Select(SecurityEventResponse.From)
            .ToArray());
}

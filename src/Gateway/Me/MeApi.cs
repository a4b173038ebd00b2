using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Me;

public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/me").WithTags("Me").RequireAuthorization();
        group.MapGet("", Get).WithName("GetMe").WithSummary("The signed-in user: company, id, user name, role and grants.");
        group.MapGet("/notifications", ReadNotificationsAsync).WithName("ReadMyNotifications");
        return routes;
    }

    public static Ok<MeResponse> Get(CurrentUser me) =>
        TypedResults.Ok(new MeResponse(me.Tenant, me.UserId, me.UserName, me.Role, [.. me.Grants.Order(StringComparer.Ordinal)]));

    /// <summary>The caller's durable inbox, oldest first, after sequence <c>after</c>: what a reconnecting client missed.</summary>
    public static async Task<Ok<NotificationResponse[]>> ReadNotificationsAsync(
        IClusterClient cluster, CurrentUser me, long? after, int? limit) =>
        TypedResults.Ok((await cluster.GetGrain<INotificationInboxGrain>(me.Key(INotificationInboxGrain.Id))
                .ReadAsync(me.UserId, after ?? 0, limit ?? 100))
            .Select(NotificationResponse.From)
            .ToArray());
}

using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Notifications;
using SecurityTrax.Gateway.Users;

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
        TypedResults.Ok(new MeResponse(me.Tenant, UserIds.Of(me.UserId), me.UserName, me.Role, [.. me.Grants.Order(StringComparer.Ordinal)]));

    /// <summary>
    /// The caller's durable inbox as people read it, newest first (<c>before</c> pages back); with <c>after</c>, what a
    /// reconnecting client missed since that sequence, oldest first, so a client can page forward without gaps.
    /// </summary>
    public static async Task<Ok<NotificationResponse[]>> ReadNotificationsAsync(
        IClusterClient cluster, CurrentUser me, long? after, long? before, int? limit)
    {
        var inbox = cluster.GetGrain<INotificationInboxGrain>(me.Key(INotificationInboxGrain.Id));
        var page = after is { } since
            ? await inbox.ReadAsync(me.UserId, since, limit ?? 100)
            : await inbox.ReadNewestAsync(me.UserId, before ?? 0, limit ?? 100);
        return TypedResults.Ok(page.Select(NotificationResponse.From).ToArray());
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
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
        group.MapGet("/notifications/read", ReadMarkAsync).WithName("GetMyReadMark")
            .WithSummary("How far the signed-in user has read their inbox, and how many notifications are unread.");
        group.MapPost("/notifications/read", MarkReadAsync).WithName("MarkMyNotificationsRead")
            .WithSummary("Marks the signed-in user's notifications read up to a sequence; the mark never moves back.");
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
        var inbox = Inbox(cluster, me);
        var page = after is { } since
            ? await inbox.ReadAsync(me.UserId, since, limit ?? 100)
            : await inbox.ReadNewestAsync(me.UserId, before ?? 0, limit ?? 100);
        var mark = await inbox.ReadMarkAsync(me.UserId);
        return TypedResults.Ok(page.Select(n => NotificationResponse.From(n, mark.ReadUpTo)).ToArray());
    }

    public static async Task<Ok<ReadMarkResponse>> ReadMarkAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok(ReadMarkResponse.From(await Inbox(cluster, me).ReadMarkAsync(me.UserId)));

    // Idempotent without If-Match or a key: the mark only moves forward, so a repeat, a stale tab or two browsers at
    // once all end at the highest mark sent. An older mark answers the current one unchanged. (A comment, not a doc
    // summary: the document takes doc summaries over WithSummary.)
    public static async Task<Results<Ok<ReadMarkResponse>, ProblemHttpResult>> MarkReadAsync(
        ReadMarkRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var upTo = errors.Required(request.UpTo, "upTo");
        if (!errors.Any && upTo < 1)
        {
            errors.Add("upTo", "A notification's sequence is 1 or more.");
        }

        var mark = errors.Any ? null : await Inbox(cluster, me).MarkReadAsync(me.UserId, upTo);
        if (mark is null && !errors.Any)
        {
            errors.Add("upTo", $"{upTo} is after your newest notification.");
        }

        return errors.Any ? TypedResults.Problem(errors.ToProblem()) : TypedResults.Ok(ReadMarkResponse.From(mark!));
    }

    private static INotificationInboxGrain Inbox(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<INotificationInboxGrain>(me.Key(INotificationInboxGrain.Id));
}

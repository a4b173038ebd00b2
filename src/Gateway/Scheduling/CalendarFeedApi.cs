using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Users;
using SecurityTrax.Identity;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>
/// A technician's iCalendar feed behind a signed link: <c>sig</c> is the company and the technician's feed secret, which
/// the technician or an admin rotates to revoke every link handed out before. Phones send no sign-in, so the link is the key.
/// </summary>
public static class CalendarFeedApi
{
    private const string Resource = "schedule";

    public static IEndpointRouteBuilder MapCalendarFeedApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/technicians/{userId:long}").WithTags("Scheduling");
        group.MapGet("/calendar-link", LinkAsync).RequireGrantOrNarrower(Grants.For(Resource, Grants.Modify), Grants.ScheduleViewOwn).WithName("GetCalendarLink")
            .WithSummary("The technician's calendar feed link (schedule.modify, or schedule.view_own for oneself).");
        group.MapPost("/calendar-link/rotate", RotateAsync).RequireGrantOrNarrower(Grants.For(Resource, Grants.Modify), Grants.ScheduleViewOwn).WithName("RotateCalendarLink")
            .WithSummary("Replaces the calendar feed link; every link handed out before stops working.");
        group.MapGet("/calendar.ics", FeedAsync).AllowAnonymous().WithName("TechnicianCalendarFeed")
            .WithSummary("The technician's appointments as iCalendar (30 days back, a year ahead; cancelled ones as STATUS:CANCELLED), for the signed link.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        return routes;
    }

    public static async Task<Results<Ok<CalendarLinkResponse>, ProblemHttpResult>> LinkAsync(
        long userId, IClusterClient cluster, CurrentUser me, HttpRequest request)
    {
        if (Refused(userId, me) is { } refused)
        {
            return refused;
        }

        var token = await TechniciansApi.Technician(cluster, me, userId).FeedTokenAsync();
        return TypedResults.Ok(new CalendarLinkResponse(userId, Url(request, me.Tenant, userId, token)));
    }

    public static async Task<Results<Ok<CalendarLinkResponse>, ProblemHttpResult>> RotateAsync(
        long userId, IClusterClient cluster, CurrentUser me, HttpRequest request, HttpResponse response, IfMatch ifMatch)
    {
        if (Refused(userId, me) is { } refused)
        {
            return refused;
        }

        var technician = TechniciansApi.Technician(cluster, me, userId);
        var details = await technician.RotateFeedTokenAsync(ifMatch.Version);
        ETags.Set(response, details.Version);
        return TypedResults.Ok(new CalendarLinkResponse(userId, Url(request, me.Tenant, userId, await technician.FeedTokenAsync())));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> FeedAsync(long userId, string? sig, IClusterClient cluster, TimeProvider time)
    {
        var parts = (sig ?? "").Split('.', 2);
        if (parts.Length != 2 || !TenantSlug.IsValid(parts[0]))
        {
            return NoSuchLink();
        }

        // Set here, not in an async helper: a request-context value set inside an awaited method does not flow back out.
        CallerContext.Set(Caller.System(parts[0]));
        var technician = cluster.GetGrain<ITechnicianGrain>(GrainKeys.For(parts[0], CalendarKeys.Technician(UserIds.Text(userId))));
        if (!await technician.FeedMatchesAsync(parts[1]))
        {
            return NoSuchLink();
        }

        var details = await technician.GetAsync();
        var now = time.GetUtcNow();
        var items = await cluster.GetGrain<IAppointmentQueryGrain>(GrainKeys.For(parts[0], IAppointmentQueryGrain.Id))
            .TechnicianRangeAsync(details.UserId, now - CalendarFeed.Past, now + CalendarFeed.Ahead);
        return TypedResults.Content(CalendarFeed.Write(parts[0], details.Name, details.TimeZone, items, now), "text/calendar; charset=utf-8");
    }

    // Unknown, malformed and revoked links answer alike, so a link says nothing about who exists.
    private static ProblemHttpResult NoSuchLink() => TypedResults.Problem(ErrorResponses.Problem(
        StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", "This calendar link is not valid; it may have been replaced."));

    private static ProblemHttpResult? Refused(long userId, CurrentUser me) =>
        me.Grants.Contains(Grants.For(Resource, Grants.Modify)) || (me.Grants.Contains(Grants.ScheduleViewOwn) && me.UserId == UserIds.Text(userId))
            ? null
            : TypedResults.Problem(MissingGrants.Problem(Grants.For(Resource, Grants.Modify)));

    private static string Url(HttpRequest request, string tenant, long userId, string token) =>
        $"{request.Scheme}://{request.Host}/api/v1/technicians/{userId}/calendar.ics?sig={tenant}.{token}";
}

using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>The dispatch board's reads: the company's day by technician and the appointments nobody is assigned to.</summary>
public static class DispatchViewsApi
{
    public static IEndpointRouteBuilder MapDispatchViewsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/schedule/day", DayAsync).WithTags("Scheduling").RequireGrantOrNarrower(Grants.For("schedule", Grants.View), Grants.ScheduleViewOwn)
            .WithName("CompanyDay")
            .WithSummary("The company's day (date yyyy-MM-dd, default today, company time zone) by technician; filters: type, status. With schedule.view_own only one's own row.");
        routes.MapGet("/api/v1/schedule/unassigned", UnassignedAsync).WithTags("Scheduling").RequireGrant("schedule", Grants.View)
            .WithName("UnassignedAppointments")
            .WithSummary("Appointments without a technician, by start; filters: type, status (comma-separated).");
        return routes;
    }

    public static async Task<Results<Ok<CompanyDayResponse>, ProblemHttpResult>> DayAsync(
        IClusterClient cluster, CurrentUser me, string? date, string? type, string? status)
    {
        var errors = new RequestErrors();
        var day = Tickets.NotesApi.ParseDate(date, errors, "date");
        var filter = AppointmentFilters.Read(type, status, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        // Without schedule.view the board narrows to the caller's own row (the policy let schedule.view_own in).
        var only = me.Grants.Contains(Grants.For("schedule", Grants.View)) ? null : me.UserId;
        var board = await cluster.GetGrain<IAppointmentQueryGrain>(me.Key(IAppointmentQueryGrain.Id)).CompanyDayAsync(day, only, filter);
        return TypedResults.Ok(CompanyDayResponse.Of(board));
    }

    public static async Task<Results<Ok<AppointmentListResponse>, ProblemHttpResult>> UnassignedAsync(
        IClusterClient cluster, CurrentUser me, string? type, string? status)
    {
        var errors = new RequestErrors();
        var filter = AppointmentFilters.Read(type, status, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var items = await cluster.GetGrain<IAppointmentQueryGrain>(me.Key(IAppointmentQueryGrain.Id)).UnassignedAsync(filter);
        return TypedResults.Ok(new AppointmentListResponse([.. items.Select(AppointmentSummaryResponse.From)]));
    }
}

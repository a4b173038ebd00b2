using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Users;
using SecurityTrax.Identity;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>Calendar reads from the appointments read model: a customer's appointments and a technician's week.</summary>
public static class ScheduleViewsApi
{
    public static IEndpointRouteBuilder MapScheduleViewsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/customers/{id:long}/appointments", CustomerAsync).WithTags("Scheduling").RequireGrant("schedule", Grants.View)
            .WithName("ListCustomerAppointments")
            .WithSummary("A customer's appointments, past and upcoming, latest first; filters: type, status (comma-separated).");
        routes.MapGet("/api/v1/technicians/{userId:long}/week", WeekAsync).WithTags("Scheduling").RequireGrantOrNarrower(Grants.For("schedule", Grants.View), Grants.ScheduleViewOwn)
            .WithName("TechnicianWeek")
            .WithSummary("A technician's week (Monday–Sunday, company time zone) holding date (yyyy-MM-dd, default today); filters: type, status.");
        return routes;
    }

    public static async Task<Results<Ok<AppointmentListResponse>, ProblemHttpResult>> CustomerAsync(
        long id, IClusterClient cluster, CurrentUser me, string? type, string? status)
    {
        var errors = new RequestErrors();
        var filter = AppointmentFilters.Read(type, status, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        await Customers.CustomersApi.Customer(cluster, me, id).GetAsync(false);
        var items = await cluster.GetGrain<IAppointmentQueryGrain>(me.Key(IAppointmentQueryGrain.Id)).ForCustomerAsync(id, filter);
        return TypedResults.Ok(new AppointmentListResponse([.. items.Select(AppointmentSummaryResponse.From)]));
    }

    public static async Task<Results<Ok<TechnicianWeekResponse>, ProblemHttpResult>> WeekAsync(
        long userId, IClusterClient cluster, CurrentUser me, TimeProvider time, string? date, string? type, string? status)
    {
        if (!me.Grants.Contains(Grants.For("schedule", Grants.View)) && !(me.Grants.Contains(Grants.ScheduleViewOwn) && me.UserId == UserIds.Text(userId)))
        {
            return TypedResults.Problem(MissingGrants.Problem(Grants.For("schedule", Grants.View)));
        }

        var errors = new RequestErrors();
        var day = Tickets.NotesApi.ParseDate(date, errors, "date");
        var filter = AppointmentFilters.Read(type, status, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var technician = await TechniciansApi.Technician(cluster, me, userId).GetAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(technician.TimeZone)).DateTime);
        var week = await cluster.GetGrain<IAppointmentQueryGrain>(me.Key(IAppointmentQueryGrain.Id)).TechnicianWeekAsync(technician.UserId, day ?? today, filter);
        return TypedResults.Ok(TechnicianWeekResponse.From(userId, week));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Errors;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.Users;
using SecurityTrax.Identity;
using SecurityTrax.Scheduling;
using SecurityTrax.Sequences;

namespace SecurityTrax.Gateway.Scheduling;

public static class AppointmentsApi
{
    private const string Resource = "schedule";

    public static IEndpointRouteBuilder MapAppointmentsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/customers/{id:long}/appointments", CreateAsync).WithTags("Scheduling").RequireGrant(Resource, Grants.Create)
            .WithIdempotencyKey().WithName("CreateAppointment")
            .WithSummary("Books an appointment on a customer; clashes answer 409 listing them unless overrideReason is given.");
        var group = routes.MapGroup("/api/v1/appointments/{appointmentId:long}").WithTags("Scheduling");
        group.MapGet("", GetAsync).RequireGrantOrNarrower(Grants.For(Resource, Grants.View), Grants.ScheduleViewOwn).WithName("GetAppointment")
            .WithSummary("One appointment (schedule.view, or schedule.view_own for an assigned technician).");
        group.MapPost("/reschedule", RescheduleAsync).RequireGrant(Resource, Grants.Modify).WithName("RescheduleAppointment")
            .WithSummary("Moves, reassigns or edits an appointment; clashes of the new time answer 409 unless overridden.");
        group.MapPost("/status", SetStatusAsync).RequireGrant(Resource, Grants.Modify).WithName("SetAppointmentStatus")
            .WithSummary("Moves the appointment along its states; cancelling takes a reason and schedule.delete.");
        routes.MapGet("/api/v1/appointment-types", TypesAsync).WithTags("Scheduling").RequireGrantOrNarrower(Grants.For(Resource, Grants.View), Grants.ScheduleViewOwn).WithName("ListAppointmentTypes")
            .WithSummary("The company's appointment types: install, service, removal and its own.");
        routes.MapPost("/api/v1/appointment-types", AddTypeAsync).WithTags("Scheduling").RequireGrant("settings", Grants.Modify).WithName("AddAppointmentType")
            .WithSummary("Adds an appointment type; answers the whole list.");
        return routes;
    }

    public static async Task<Results<Created<AppointmentResponse>, ProblemHttpResult>> CreateAsync(
        long id, AppointmentRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var input = AppointmentInputs.Read(request, errors);
        if (input is null)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        await Customers.CustomersApi.Customer(cluster, me, id).GetAsync(false);
        var number = await cluster.GetGrain<ISequenceGrain>(me.Key(SequenceKinds.GrainId(CalendarKeys.Sequence))).NextAsync();
        var result = await RenamedAsync(input, () => Appointment(cluster, me, number).CreateAsync(id, input, request.OverrideReason));
        if (result.Appointment is not { } created)
        {
            return TypedResults.Problem(Clashes(result.Clashes));
        }

        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/appointments/{created.Id}", AppointmentResponse.From(created));
    }

    public static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> GetAsync(
        long appointmentId, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var canViewAll = me.Grants.Contains(Grants.For(Resource, Grants.View));
        if (!canViewAll && !me.Grants.Contains(Grants.ScheduleViewOwn))
        {
            return TypedResults.Problem(MissingGrants.Problem(Grants.For(Resource, Grants.View)));
        }

        var appointment = await Appointment(cluster, me, appointmentId).GetAsync();
        if (!canViewAll && !appointment.TechnicianIds.Contains(me.UserId))
        {
            // Someone else's appointment is, to a technician who sees only their own, one they cannot see.
            return TypedResults.Problem(MissingGrants.Problem(Grants.For(Resource, Grants.View)));
        }

        return Answer(response, appointment);
    }

    public static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> RescheduleAsync(
        long appointmentId, AppointmentRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var input = AppointmentInputs.Read(request, errors);
        if (input is null)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var result = await RenamedAsync(input, () => Appointment(cluster, me, appointmentId).RescheduleAsync(input, ifMatch.Version, request.OverrideReason));
        return result.Appointment is { } moved ? Answer(response, moved) : TypedResults.Problem(Clashes(result.Clashes));
    }

    public static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> SetStatusAsync(
        long appointmentId, AppointmentStatusRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var status = errors.Required(request.Status, "status");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        if (status == AppointmentStatus.Cancelled && !me.Grants.Contains(Grants.For(Resource, Grants.Delete)))
        {
            return TypedResults.Problem(MissingGrants.Problem(Grants.For(Resource, Grants.Delete)));
        }

        return Answer(response, await Appointment(cluster, me, appointmentId).SetStatusAsync(status, request.Reason, ifMatch.Version));
    }

    public static async Task<Ok<string[]>> TypesAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok(await cluster.GetGrain<IAppointmentTypeCatalogGrain>(me.Key(IAppointmentTypeCatalogGrain.Id)).ListAsync());

    /// <summary>A new type answers 201 with the list; a type the company has already answers 200 with the list unchanged.</summary>
    public static async Task<Results<Created<string[]>, Ok<string[]>, ProblemHttpResult>> AddTypeAsync(
        AppointmentTypeRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var name = errors.Required(request.Name, "name");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var catalog = cluster.GetGrain<IAppointmentTypeCatalogGrain>(me.Key(IAppointmentTypeCatalogGrain.Id));
        var known = await catalog.ResolveAsync(name) is not null;
        var types = await catalog.AddAsync(name);
        return known ? TypedResults.Ok(types) : TypedResults.Created("/api/v1/appointment-types", types);
    }

    public static IAppointmentGrain Appointment(IClusterClient cluster, CurrentUser me, long appointmentId) =>
        cluster.GetGrain<IAppointmentGrain>(me.Key(CalendarKeys.Appointment(appointmentId)));

    /// <summary>A 409 whose <c>clashes</c> list each technician's clashing appointment (id and times), working hours or time off.</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails Clashes(AppointmentClash[] clashes)
    {
        var problem = ErrorResponses.Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "The time clashes with the technicians' schedules.",
            "Choose another time or technician, or book anyway with overrideReason.");
        problem.Extensions["clashes"] = clashes.Select(ClashResponse.From).ToArray();
        return problem;
    }

    private static async Task<BookingResult> RenamedAsync(AppointmentInput input, Func<Task<BookingResult>> book)
    {
        try
        {
            return await book();
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.Validation)
        {
            throw AppointmentInputs.Rename(e, input.ArrivalWindow);
        }
    }

    private static Ok<AppointmentResponse> Answer(HttpResponse response, AppointmentDetails appointment)
    {
        ETags.Set(response, appointment.Version);
        return TypedResults.Ok(AppointmentResponse.From(appointment));
    }
}

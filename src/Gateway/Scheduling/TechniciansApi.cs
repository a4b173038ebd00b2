using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Users;
using SecurityTrax.Identity;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

public static class TechniciansApi
{
    private const string Resource = "schedule";

    public static IEndpointRouteBuilder MapTechniciansApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/technicians").WithTags("Scheduling");
        group.MapPost("", CreateAsync).RequireGrant(Resource, Grants.Create).WithName("CreateTechnician")
            .WithSummary("Marks a user as a technician, with skills, notes and working hours.");
        group.MapGet("/{userId:long}", GetAsync).RequireGrantOrNarrower(Grants.For(Resource, Grants.View), Grants.ScheduleViewOwn).WithName("GetTechnician")
            .WithSummary("A technician with working hours and time off (schedule.view, or schedule.view_own for oneself).");
        group.MapPatch("/{userId:long}", UpdateAsync).RequireGrant(Resource, Grants.Modify).WithName("UpdateTechnician")
            .WithSummary("Changes skills, notes or working hours; members left out keep their values.");
        group.MapPost("/{userId:long}/time-off", AddTimeOffAsync).RequireGrant(Resource, Grants.Modify).WithName("AddTimeOff")
            .WithSummary("Adds time off (whole days); time off overlapping earlier time off is refused.");
        group.MapDelete("/{userId:long}/time-off/{timeOffId:int}", RemoveTimeOffAsync).RequireGrant(Resource, Grants.Modify).WithName("RemoveTimeOff")
            .WithSummary("Removes one time-off entry.");
        return routes;
    }

    public static async Task<Results<Created<TechnicianResponse>, ProblemHttpResult>> CreateAsync(
        CreateTechnicianRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var userId = errors.Required(request.UserId, "userId");
        var hours = TechnicianInputs.Hours(request.WorkingHours, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var created = await Technician(cluster, me, userId).SetAsync(new TechnicianInput(request.Skills ?? [], request.Notes, hours ?? []), null);
        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/technicians/{userId}", TechnicianResponse.From(created));
    }

    public static async Task<Results<Ok<TechnicianResponse>, ProblemHttpResult>> GetAsync(
        long userId, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        if (!me.Grants.Contains(Grants.For(Resource, Grants.View)) && !(me.Grants.Contains(Grants.ScheduleViewOwn) && me.UserId == UserIds.Text(userId)))
        {
            return TypedResults.Problem(MissingGrants.Problem(Grants.For(Resource, Grants.View)));
        }

        return Answer(response, await Technician(cluster, me, userId).GetAsync());
    }

    public static async Task<Results<Ok<TechnicianResponse>, ProblemHttpResult>> UpdateAsync(
        long userId, TechnicianProfileRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var hours = TechnicianInputs.Hours(request.WorkingHours, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var technician = Technician(cluster, me, userId);
        var current = await technician.GetAsync();
        var input = new TechnicianInput(request.Skills ?? current.Skills, request.Notes ?? current.Notes, hours ?? current.WorkingHours);
        return Answer(response, await technician.SetAsync(input, ifMatch.Version));
    }

    public static async Task<Results<Created<TechnicianResponse>, ProblemHttpResult>> AddTimeOffAsync(
        long userId, TimeOffRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var timeOff = TechnicianInputs.TimeOff(request, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var changed = await Technician(cluster, me, userId).AddTimeOffAsync(timeOff, ifMatch.Version);
        ETags.Set(response, changed.Version);
        return TypedResults.Created($"/api/v1/technicians/{userId}", TechnicianResponse.From(changed));
    }

    public static async Task<Ok<TechnicianResponse>> RemoveTimeOffAsync(
        long userId, int timeOffId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var changed = await Technician(cluster, me, userId).RemoveTimeOffAsync(timeOffId, ifMatch.Version);
        ETags.Set(response, changed.Version);
        return TypedResults.Ok(TechnicianResponse.From(changed));
    }

    public static ITechnicianGrain Technician(IClusterClient cluster, CurrentUser me, long userId) =>
        cluster.GetGrain<ITechnicianGrain>(me.Key(CalendarKeys.Technician(UserIds.Text(userId))));

    private static Ok<TechnicianResponse> Answer(HttpResponse response, TechnicianDetails technician)
    {
        ETags.Set(response, technician.Version);
        return TypedResults.Ok(TechnicianResponse.From(technician));
    }
}

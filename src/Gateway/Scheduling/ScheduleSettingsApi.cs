using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>The company's scheduling settings: when and how customers are reminded of their appointments.</summary>
public static class ScheduleSettingsApi
{
    public static IEndpointRouteBuilder MapScheduleSettingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/schedule/settings").WithTags("Scheduling");
        group.MapGet("", GetAsync).RequireGrant("settings", Grants.View).WithName("GetScheduleSettings")
            .WithSummary("The customer appointment reminder: lead time in hours (0: none) and the template it is sent from.");
        group.MapPatch("", UpdateAsync).RequireGrant("settings", Grants.Modify).WithName("UpdateScheduleSettings")
            .WithSummary("Changes the reminder's lead time (1–168 hours, 0 for none) or template; members left out keep their values.");
        return routes;
    }

    public static async Task<Ok<ScheduleSettingsResponse>> GetAsync(IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var settings = await Grain(cluster, me).GetAsync();
        ETags.Set(response, settings.Version);
        return TypedResults.Ok(ScheduleSettingsResponse.From(settings));
    }

    public static async Task<Results<Ok<ScheduleSettingsResponse>, ProblemHttpResult>> UpdateAsync(
        ScheduleSettingsRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var grain = Grain(cluster, me);
        var current = await grain.GetAsync();
        var hours = request.ReminderLeadHours ?? current.ReminderLeadHours ?? 0;
        var wanted = new ScheduleSettings(hours == 0 ? null : hours, request.ReminderTemplateId ?? current.ReminderTemplateId, current.Version);
        var settings = await grain.SetAsync(wanted, ifMatch.Version);
        ETags.Set(response, settings.Version);
        return TypedResults.Ok(ScheduleSettingsResponse.From(settings));
    }

    private static IScheduleSettingsGrain Grain(IClusterClient cluster, CurrentUser me) => cluster.GetGrain<IScheduleSettingsGrain>(me.Key(IScheduleSettingsGrain.Id));
}

using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Dunning;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Users;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Dunning;

/// <summary>The company's dunning settings: the retry schedule of failed automatic charges, the notices, and what the last failure does.</summary>
public static class DunningSettingsApi
{
    public static IEndpointRouteBuilder MapDunningSettingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/settings/dunning").WithTags("Settings");
        group.MapGet("", GetAsync).RequireGrant("settings", Grants.View).WithName("GetDunningSettings")
            .WithSummary("When failed automatic charges are retried (days after the due date), the notices before each retry, and what the last failure does.");
        group.MapPatch("", UpdateAsync).RequireGrant("settings", Grants.Modify).WithName("UpdateDunningSettings")
            .WithSummary("Changes the dunning settings; members left out keep their values. Dunning started from then on uses them.");
        return routes;
    }

    public static async Task<Ok<DunningSettingsResponse>> GetAsync(IClusterClient cluster, CurrentUser me, HttpResponse response) =>
        Answer(response, await Grain(cluster, me).GetAsync());

    public static async Task<Ok<DunningSettingsResponse>> UpdateAsync(
        DunningSettingsRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var grain = Grain(cluster, me);
        var current = await grain.GetAsync();
        var assignee = request.TicketAssigneeId switch
        {
            null => current.TicketAssigneeId,
            0 => null,
            var id => UserIds.Text(id),
        };
        var wanted = new DunningSettings(
            request.RetryDays ?? current.RetryDays, request.NoticeDaysBefore ?? current.NoticeDaysBefore, request.SendSms ?? current.SendSms,
            request.MarkPastDue ?? current.MarkPastDue, request.OpenTicket ?? current.OpenTicket, assignee, current.Version,
            request.SuspendAfterFinalFailure ?? current.SuspendAfterFinalFailure);
        return Answer(response, await grain.SetAsync(wanted, ifMatch.Version));
    }

    private static Ok<DunningSettingsResponse> Answer(HttpResponse response, DunningSettings settings)
    {
        ETags.Set(response, settings.Version);
        return TypedResults.Ok(DunningSettingsResponse.From(settings));
    }

    private static IDunningSettingsGrain Grain(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<IDunningSettingsGrain>(me.Key(IDunningSettingsGrain.Id));
}

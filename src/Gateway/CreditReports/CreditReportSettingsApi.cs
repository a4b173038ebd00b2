using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.CreditReports;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>The company's credit report settings: decision bands and pull limits, used by the pulls that follow.</summary>
public static class CreditReportSettingsApi
{
    public static IEndpointRouteBuilder MapCreditReportSettingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/settings/credit-reports").WithTags("Credit reports");
        group.MapGet("", GetAsync).RequireGrant("settings", Grants.View).WithName("GetCreditReportSettings")
            .WithSummary("The score bands (approved from, conditional from) and the pull limits (per day for the company, per hour per user).");
        group.MapPatch("", UpdateAsync).RequireGrant("settings", Grants.Modify).WithName("UpdateCreditReportSettings")
            .WithSummary("Changes the score bands or the pull limits; members left out keep their values. New pulls use them.");
        return routes;
    }

    public static async Task<Ok<CreditReportSettingsResponse>> GetAsync(IClusterClient cluster, CurrentUser me, HttpResponse response) =>
        Answer(response, await Grain(cluster, me).GetAsync());

    public static async Task<Ok<CreditReportSettingsResponse>> UpdateAsync(
        CreditReportSettingsRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var grain = Grain(cluster, me);
        var current = await grain.GetAsync();
        var wanted = new CreditReportSettings(
            request.ApprovedFrom ?? current.ApprovedFrom, request.ConditionalFrom ?? current.ConditionalFrom,
            request.DailyQuota ?? current.DailyQuota, request.PerUserPerHour ?? current.PerUserPerHour, current.Version);
        return Answer(response, await grain.SetAsync(wanted, ifMatch.Version));
    }

    private static Ok<CreditReportSettingsResponse> Answer(HttpResponse response, CreditReportSettings settings)
    {
        ETags.Set(response, settings.Version);
        return TypedResults.Ok(CreditReportSettingsResponse.From(settings));
    }

    private static ICreditReportSettingsGrain Grain(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<ICreditReportSettingsGrain>(me.Key(ICreditReportSettingsGrain.Id));
}

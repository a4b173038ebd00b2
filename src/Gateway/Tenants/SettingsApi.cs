using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Identity;
using SecurityTrax.Tenants;

namespace SecurityTrax.Gateway.Tenants;

public static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/settings").WithTags("Settings");
        group.MapGet("", GetAsync).RequireGrant("settings", Grants.View).WithName("GetSettings");
        group.MapPut("", UpdateAsync).RequireGrant("settings", Grants.Modify).WithName("UpdateSettings");
        return routes;
    }

    /// <summary>The company's settings; the ETag is the version to send back in If-Match.</summary>
    public static async Task<Ok<SettingsResponse>> GetAsync(
        IClusterClient cluster, CurrentUser tenant, HttpResponse response)
    {
        var details = await Grain(cluster, tenant).GetAsync();
        ETags.Set(response, details.Version);
        return TypedResults.Ok(SettingsResponse.From(details));
    }

    /// <summary>
    /// Replaces the company's settings, if nobody changed them since the If-Match version. <c>cardSettlementCutoff</c>
    /// (HH:mm, company time) is when its card processor settles the day's payments; left out or null, the platform's.
    /// </summary>
    public static async Task<Results<Ok<SettingsResponse>, ProblemHttpResult>> UpdateAsync(
        UpdateSettingsRequest request, IClusterClient cluster, CurrentUser tenant, HttpContext http, IfMatch ifMatch)
    {
        if (request.Echoed is not null && await Grain(cluster, tenant).GetAsync() is { } current && current.Version == ifMatch.Version)
        {
            ReadOnlyMembers.Of(SettingsResponse.From(current), http).Refuse(request.Echoed);
        }

        var errors = new RequestErrors();
        var command = new UpdateTenantSettings(
            errors.Required(request.CompanyName, "companyName"),
            errors.Required(request.TimeZone, "timeZone"),
            errors.Required(request.Culture, "culture"),
            errors.Required(request.EmailReceiptsByDefault, "emailReceiptsByDefault"),
            ifMatch.Version,
            Cutoff(request.CardSettlementCutoff, errors));
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var details = await Grain(cluster, tenant).UpdateAsync(command);
        ETags.Set(http.Response, details.Version);
        return TypedResults.Ok(SettingsResponse.From(details));
    }

    /// <summary>The company's settlement cut-off, HH:mm in its time zone; absent or null keeps the platform's.</summary>
    private static TimeOnly? Cutoff(string? value, RequestErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var cutoff))
        {
            return cutoff;
        }

        errors.Add("cardSettlementCutoff", "Use HH:mm in the company's time zone (for example 02:00), or null for the platform's cut-off.");
        return null;
    }

    private static ITenantSettingsGrain Grain(IClusterClient cluster, CurrentUser tenant) =>
        cluster.GetGrain<ITenantSettingsGrain>(tenant.Key(ITenantSettingsGrain.Id));
}

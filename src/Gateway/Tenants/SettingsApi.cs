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

    /// <summary>Replaces the company's settings, if nobody changed them since the If-Match version.</summary>
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
            ifMatch.Version);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var details = await Grain(cluster, tenant).UpdateAsync(command);
        ETags.Set(http.Response, details.Version);
        return TypedResults.Ok(SettingsResponse.From(details));
    }

    private static ITenantSettingsGrain Grain(IClusterClient cluster, CurrentUser tenant) =>
        cluster.GetGrain<ITenantSettingsGrain>(tenant.Key(ITenantSettingsGrain.Id));
}

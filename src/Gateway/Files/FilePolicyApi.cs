using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Files;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Files;

public static class FilePolicyApi
{
    public static IEndpointRouteBuilder MapFilePolicyApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/settings/files").WithTags("Settings");
        group.MapGet("", GetAsync).RequireGrant("settings", Grants.View).WithName("GetFileSettings");
        group.MapPut("", UpdateAsync).RequireGrant("settings", Grants.Modify).WithName("UpdateFileSettings");
        return routes;
    }

    /// <summary>The company's file limits and delete policy; the ETag is the version to send back in If-Match.</summary>
    public static async Task<Ok<FilePolicyResponse>> GetAsync(IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var policy = await Grain(cluster, me).GetAsync();
        ETags.Set(response, policy.Version);
        return TypedResults.Ok(FilePolicyResponse.From(policy));
    }

    /// <summary>Replaces the company's file limits and delete policy (If-Match).</summary>
    public static async Task<Results<Ok<FilePolicyResponse>, ProblemHttpResult>> UpdateAsync(
        UpdateFilePolicyRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        if (request.Echoed is not null && await Grain(cluster, me).GetAsync() is { } current && current.Version == ifMatch.Version)
        {
            ReadOnlyMembers.Of(FilePolicyResponse.From(current), http).Refuse(request.Echoed);
        }

        var errors = new RequestErrors();
        var change = new FilePolicyChange(
            errors.Required(request.MaxFileBytes, "maxFileBytes"),
            errors.Required(request.QuotaBytes, "quotaBytes"),
            request.DeleteOwnWithinDays,
            errors.Required(request.KeepImageLocation, "keepImageLocation"));
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var policy = await Grain(cluster, me).UpdateAsync(change, ifMatch.Version);
        ETags.Set(http.Response, policy.Version);
        return TypedResults.Ok(FilePolicyResponse.From(policy));
    }

    private static ITenantFilesGrain Grain(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<ITenantFilesGrain>(me.Key(ITenantFilesGrain.Id));
}

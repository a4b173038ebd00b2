using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;
using SecurityTrax.Tenants;

namespace SecurityTrax.Gateway.Tenants;

/// <summary>The company profile printed on invoices, quotes, credit memos, emails and receipts; the company settings grants guard it.</summary>
public static class CompanyProfileApi
{
    public static IEndpointRouteBuilder MapCompanyProfileApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/settings/company-profile").WithTags("Settings");
        group.MapGet("", GetAsync).RequireGrant("settings", Grants.View).WithName("GetCompanyProfile");
        group.MapPut("", UpdateAsync).RequireGrant("settings", Grants.Modify).WithName("UpdateCompanyProfile");
        group.MapGet("/logo", LogoAsync).RequireGrant("settings", Grants.View).WithName("GetCompanyLogo")
            .Produces<Stream>(StatusCodes.Status200OK, "image/png", "image/jpeg");
        group.MapPost("/logo", SetLogoAsync).RequireGrant("settings", Grants.Modify).WithName("SetCompanyLogo");
        group.MapDelete("/logo", RemoveLogoAsync).RequireGrant("settings", Grants.Modify).WithName("RemoveCompanyLogo");
        return routes;
    }

    /// <summary>The company profile; the ETag is the version to send back in If-Match.</summary>
    public static async Task<Ok<CompanyProfileResponse>> GetAsync(IClusterClient cluster, CurrentUser me, HttpResponse response) =>
        Answer(response, await Grain(cluster, me).GetAsync());

    /// <summary>Replaces the profile's legal name, address, phone, email, website and licence numbers (If-Match); the logo stays.</summary>
    public static async Task<Results<Ok<CompanyProfileResponse>, ProblemHttpResult>> UpdateAsync(
        CompanyProfileRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var grain = Grain(cluster, me);
        if (request.Echoed is not null && await grain.GetAsync() is { } current && current.Version == ifMatch.Version)
        {
            ReadOnlyMembers.Of(CompanyProfileResponse.From(current), http).Refuse(request.Echoed);
        }

        return Answer(http.Response, await grain.UpdateAsync(request.ToInput(), ifMatch.Version));
    }

    /// <summary>The logo image as stored (PNG or JPEG); 404 when the company has none.</summary>
    public static async Task<FileContentHttpResult> LogoAsync(IClusterClient cluster, CurrentUser me)
    {
        var logo = await Grain(cluster, me).GetLogoAsync();
        return TypedResults.File(logo.Content, logo.ContentType);
    }

    /// <summary>Sets the logo (If-Match: the profile's ETag): PNG or JPEG, read from the bytes, at most 256 KB.</summary>
    public static async Task<Results<Ok<CompanyProfileResponse>, ProblemHttpResult>> SetLogoAsync(
        CompanyLogoRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var image = errors.Required(request.Image, "image");
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : Answer(response, await Grain(cluster, me).SetLogoAsync(image, ifMatch.Version));
    }

    /// <summary>Removes the logo (If-Match: the profile's ETag); documents print without one.</summary>
    public static async Task<Ok<CompanyProfileResponse>> RemoveLogoAsync(IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch) =>
        Answer(response, await Grain(cluster, me).RemoveLogoAsync(ifMatch.Version));

    private static Ok<CompanyProfileResponse> Answer(HttpResponse response, CompanyProfileDetails details)
    {
        ETags.Set(response, details.Version);
        return TypedResults.Ok(CompanyProfileResponse.From(details));
    }

    private static ICompanyProfileGrain Grain(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<ICompanyProfileGrain>(me.Key(ICompanyProfileGrain.Id));
}

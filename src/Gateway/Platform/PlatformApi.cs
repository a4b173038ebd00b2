using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.OpenApi;
using SecurityTrax.Identity;
using SecurityTrax.Platform;

namespace SecurityTrax.Gateway.Platform;

public static class PlatformApi
{
    public const string OperatorKeyHeader = "X-Operator-Key";

    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/platform").WithTags("Platform").AllowAnonymous().WithMetadata(OperatorKeyOnly.Instance);
        group.MapPost("/tenants", CreateTenantAsync).WithName("CreateTenant");
        group.MapGet("/tenants", ListTenantsAsync).WithName("ListTenants").WithSummary("Operator only: every dealer company on the platform.");
        return routes;
    }

    /// <summary>Operator only: creates a dealer company and its first admin.</summary>
    public static async Task<Results<Created<CreatedTenantResponse>, ProblemHttpResult>> CreateTenantAsync(
        CreateTenantRequest request, IClusterClient cluster, IOptions<PlatformOptions> options, HttpRequest http)
    {
        if (Denied(options.Value, http) is { } denied)
        {
            return denied;
        }

        var errors = new RequestErrors();
        var slug = errors.Required(request.Slug, "slug");
        var company = errors.Required(request.CompanyName, "companyName");
        var adminName = errors.Required(request.AdminUserName, "adminUserName");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var generated = string.IsNullOrEmpty(request.AdminPassword);
        var password = generated ? RefreshTokens.NewPassword() : request.AdminPassword!;
        var tenant = await cluster.GetGrain<ITenantRegistryGrain>(ITenantRegistryGrain.Key)
            .CreateTenantAsync(new NewTenant(slug, company, new NewUser(adminName, "Administrator", null, BuiltInRoles.Admin, password)));
        return TypedResults.Created(
            $"/api/v1/platform/tenants/{tenant.Slug}",
            new CreatedTenantResponse(tenant.Slug, tenant.CompanyName, tenant.CreatedAt, adminName.Trim().ToLowerInvariant(), generated ? password : null));
    }

    public static async Task<Results<Ok<TenantDetails[]>, ProblemHttpResult>> ListTenantsAsync(
        IClusterClient cluster, IOptions<PlatformOptions> options, HttpRequest http)
    {
        if (Denied(options.Value, http) is { } denied)
        {
            return denied;
        }

        return TypedResults.Ok(await cluster.GetGrain<ITenantRegistryGrain>(ITenantRegistryGrain.Key).ListAsync());
    }

    /// <summary>The 403 for a request without the operator key, or null when it carries it.</summary>
    internal static ProblemHttpResult? Denied(PlatformOptions options, HttpRequest http)
    {
        var presented = http.Headers[OperatorKeyHeader].ToString();
        if (string.IsNullOrEmpty(options.OperatorKey) || string.IsNullOrEmpty(presented)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.OperatorKey)))
        {
            return TypedResults.Problem(ErrorResponses.Problem(
                StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Operator key required.",
                $"Send the platform operator key in {OperatorKeyHeader}."));
        }

        return null;
    }
}

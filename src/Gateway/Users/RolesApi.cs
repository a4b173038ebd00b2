using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Users;

public static class RolesApi
{
    private const string Resource = "roles";

    public static IEndpointRouteBuilder MapRolesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/roles").WithTags("Roles")
            .AddEndpointFilter<SessionWritesFilter>();
        group.MapGet("", ListAsync).RequireGrant(Resource, Grants.View).WithName("ListRoles").WithSummary("The company's roles (built-in and its own) with their grants.");
        group.MapGet("/{name}", GetAsync).RequireGrant(Resource, Grants.View).WithName("GetRole").WithSummary("One role with its grants, and the ETag for changes to it.");
        group.MapPost("", CreateAsync).RequireGrant(Resource, Grants.Create).WithName("CreateRole").WithIdempotencyKey();
        group.MapPut("/{name}", UpdateAsync).RequireGrant(Resource, Grants.Modify).WithName("UpdateRole").WithSummary("Replaces a role's grants (the Admin role always holds every grant).");
        group.MapDelete("/{name}", DeleteAsync).RequireGrant(Resource, Grants.Delete).WithName("DeleteRole").WithSummary("Deletes a role no user holds (built-in roles cannot be deleted).");
        routes.MapGet("/api/v1/grants", Catalog).WithTags("Roles").RequireGrant(Resource, Grants.View).WithName("ListGrants").WithSummary("Every grant a role can hold: resources × actions and the special grants.");
        return routes;
    }

    public static async Task<Ok<RoleResponse[]>> ListAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok((await Directory(cluster, me).ListRolesAsync()).Select(RoleResponse.From).ToArray());

    public static async Task<Ok<RoleResponse>> GetAsync(string name, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var role = (await Directory(cluster, me).ListRolesAsync())
            .FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw Errors.SecurityTraxException.NotFound($"Role {name}");
        ETags.Set(response, role.Version);
        return TypedResults.Ok(RoleResponse.From(role));
    }

    /// <summary>A custom role: a name and a set of grants.</summary>
    public static async Task<Results<Created<RoleResponse>, ProblemHttpResult>> CreateAsync(
        RoleRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        ReadOnlyMembers.RefuseUnknown(request.Echoed);
        var errors = new RequestErrors();
        var name = errors.Required(request.Name, "name");
        var grants = errors.Required(request.Grants, "grants");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var role = await Directory(cluster, me).CreateRoleAsync(name, grants);
        ETags.Set(response, role.Version);
        return TypedResults.Created($"/api/v1/roles/{Uri.EscapeDataString(role.Name)}", RoleResponse.From(role));
    }

    public static async Task<Results<Ok<RoleResponse>, ProblemHttpResult>> UpdateAsync(
        string name, RoleRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        if (request.Echoed is not null
            && (await Directory(cluster, me).ListRolesAsync()).FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) is { } current
            && current.Version == ifMatch.Version)
        {
            ReadOnlyMembers.Of(RoleResponse.From(current), http).Refuse(request.Echoed);
        }

        var errors = new RequestErrors();
        var grants = errors.Required(request.Grants, "grants");
        if (request.Name is not null && !string.Equals(request.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("name", "A role cannot be renamed; create a new role instead.");
        }

        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var role = await Directory(cluster, me).UpdateRoleAsync(name, grants, ifMatch.Version);
        ETags.Set(http.Response, role.Version);
        return TypedResults.Ok(RoleResponse.From(role));
    }

    public static async Task<NoContent> DeleteAsync(
        string name, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await Directory(cluster, me).DeleteRoleAsync(name, ifMatch.Version);
        return TypedResults.NoContent();
    }

    public static Ok<GrantCatalogResponse> Catalog() =>
        TypedResults.Ok(new GrantCatalogResponse(Grants.Resources, Grants.Actions, Grants.Special));

    private static IUserDirectoryGrain Directory(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<IUserDirectoryGrain>(me.Key(IUserDirectoryGrain.Id));
}

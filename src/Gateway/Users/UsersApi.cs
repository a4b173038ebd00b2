using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Users;

public static class UsersApi
{
    private const string Resource = "users";

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/users").WithTags("Users")
            .AddEndpointFilter<SessionWritesFilter>();
        group.MapGet("", ListAsync).RequireGrant(Resource, Grants.View).WithName("ListUsers").WithSummary("The company's users, disabled ones included.");
        group.MapGet("/{id}", GetAsync).RequireGrant(Resource, Grants.View).WithName("GetUser").WithSummary("One user, with the ETag for changes to it.");
        group.MapPost("", CreateAsync).RequireGrant(Resource, Grants.Create).WithName("CreateUser").WithIdempotencyKey();
        group.MapPut("/{id}", UpdateAsync).RequireGrant(Resource, Grants.Modify).WithName("UpdateUser").WithSummary("Changes a user's name, email or role.");
        group.MapPost("/{id}/disable", DisableAsync).RequireGrant(Resource, Grants.Modify).WithName("DisableUser").WithSummary("Disables a user: no more sign-ins, and its access and refresh tokens stop working at once.");
        group.MapPost("/{id}/enable", EnableAsync).RequireGrant(Resource, Grants.Modify).WithName("EnableUser").WithSummary("Enables a disabled user again.");
        group.MapPost("/{id}/password", ResetPasswordAsync).RequireGrant(Resource, Grants.Modify).WithName("ResetPassword");
        return routes;
    }

    public static async Task<Ok<UserResponse[]>> ListAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok((await Directory(cluster, me).ListUsersAsync()).Select(UserResponse.From).ToArray());

    public static async Task<Ok<UserResponse>> GetAsync(long id, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var user = await Directory(cluster, me).GetUserAsync(UserIds.Text(id));
        ETags.Set(response, user.Version);
        return TypedResults.Ok(UserResponse.From(user));
    }

    /// <summary>Adds a user to the company with a role and a first password.</summary>
    public static async Task<Results<Created<UserResponse>, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var user = new NewUser(
            errors.Required(request.UserName, "userName"),
            errors.Required(request.DisplayName, "displayName"),
            request.Email,
            errors.Required(request.Role, "role"),
            errors.Required(request.Password, "password"));
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var created = await Directory(cluster, me).CreateUserAsync(user);
        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/users/{created.Id}", UserResponse.From(created));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> UpdateAsync(
        long id, UpdateUserRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        if (request.Echoed is not null && await Directory(cluster, me).GetUserAsync(UserIds.Text(id)) is { } current && current.Version == ifMatch.Version)
        {
            ReadOnlyMembers.Of(UserResponse.From(current), http).Refuse(request.Echoed);
        }

        var errors = new RequestErrors();
        var change = new UserChange(UserIds.Text(id), errors.Required(request.DisplayName, "displayName"), request.Email, errors.Required(request.Role, "role"), ifMatch.Version);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return Answer(http, await Directory(cluster, me).UpdateUserAsync(change));
    }

    public static async Task<Ok<UserResponse>> DisableAsync(long id, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch) =>
        Answer(http, await Directory(cluster, me).SetDisabledAsync(UserIds.Text(id), true, ifMatch.Version));

    public static async Task<Ok<UserResponse>> EnableAsync(long id, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch) =>
        Answer(http, await Directory(cluster, me).SetDisabledAsync(UserIds.Text(id), false, ifMatch.Version));

    /// <summary>Sets a new password; the user's sessions end.</summary>
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> ResetPasswordAsync(
        long id, ResetPasswordRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var password = errors.Required(request.Password, "password");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return Answer(http, await Directory(cluster, me).ResetPasswordAsync(UserIds.Text(id), password, ifMatch.Version));
    }

    private static Ok<UserResponse> Answer(HttpContext http, UserDetails user)
    {
        ETags.Set(http.Response, user.Version);
        return TypedResults.Ok(UserResponse.From(user));
    }

    private static IUserDirectoryGrain Directory(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<IUserDirectoryGrain>(me.Key(IUserDirectoryGrain.Id));
}

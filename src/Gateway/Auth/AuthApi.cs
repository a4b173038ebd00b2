using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.OpenApi;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Auth;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/auth").WithTags("Auth").AllowAnonymous();
        group.MapPost("/token", SignInAsync).WithName("SignIn")
            .AnswersProblem(StatusCodes.Status401Unauthorized, "The company, user name or password is wrong.")
            .AnswersProblem(StatusCodes.Status403Forbidden, "This user is disabled.")
            .AnswersProblem(StatusCodes.Status429TooManyRequests, "Too many failed sign-ins from this address or for this user; `Retry-After` says when to try again.");
        group.MapPost("/refresh", RefreshAsync).WithName("RefreshToken")
            .AnswersProblem(StatusCodes.Status401Unauthorized, "The refresh token is not valid (expired, used or signed out): sign in again.")
            .AnswersProblem(StatusCodes.Status403Forbidden, "This user is disabled.");
        group.MapPost("/logout", SignOutAsync).WithName("SignOut");
        return routes;
    }

    /// <summary>Tenant slug, user name and password → a short-lived access token and a rotating refresh token.</summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> SignInAsync(
        TokenRequest request, IClusterClient cluster, TokenIssuer tokens, HttpContext http)
    {
        var errors = new RequestErrors();
        var tenant = errors.Required(request.Tenant, "tenant");
        var userName = errors.Required(request.UserName, "userName");
        var password = errors.Required(request.Password, "password");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var throttle = cluster.GetGrain<ISignInThrottleGrain>($"ip-{address}");
        if (await throttle.CheckAsync() is { } retryAt)
        {
            return TooManyAttempts(http, retryAt, "Too many failed sign-ins from this address.");
        }

        if (!TenantSlug.IsValid(tenant))
        {
            await throttle.RecordFailureAsync();
            return InvalidCredentials();
        }

        // Signing in is the one call whose tenant comes from the body: there is no token yet.
        CallerContext.Set(new Caller(tenant, Caller.SystemUserId, userName, ChangeSources.Web, address, http.TraceIdentifier));
        var result = await Directory(cluster, tenant).SignInAsync(userName, password);
        if (result.Outcome != SignInOutcome.Succeeded)
        {
            await throttle.RecordFailureAsync();
        }

        return result.Outcome switch
        {
            SignInOutcome.Succeeded => TypedResults.Ok(tokens.Issue(tenant, result.Session!)),
            SignInOutcome.LockedOut => TooManyAttempts(http, result.RetryAfter!.Value, "Too many failed sign-ins for this user."),
            SignInOutcome.Disabled => TypedResults.Problem(ErrorResponses.Problem(
                StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "This user is disabled.", "Ask an administrator to enable the account.")),
            _ => InvalidCredentials(),
        };
    }

    /// <summary>Exchanges a refresh token for a new pair; the old refresh token stops working.</summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, IClusterClient cluster, TokenIssuer tokens, HttpContext http)
    {
        if (!RefreshTokens.TryParse(request.RefreshToken, out var tenant, out _) || !TenantSlug.IsValid(tenant))
        {
            return InvalidRefresh();
        }

        CallerContext.Set(new Caller(tenant, Caller.SystemUserId, "refresh", ChangeSources.Web, http.Connection.RemoteIpAddress?.ToString(), http.TraceIdentifier));
        var result = await Directory(cluster, tenant).RefreshAsync(request.RefreshToken!);
        return result.Outcome switch
        {
            SignInOutcome.Succeeded => TypedResults.Ok(tokens.Issue(tenant, result.Session!)),
            SignInOutcome.Disabled => TypedResults.Problem(ErrorResponses.Problem(
                StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "This user is disabled.", null)),
            _ => InvalidRefresh(),
        };
    }

    /// <summary>Ends the sign-in the refresh token belongs to.</summary>
    public static async Task<NoContent> SignOutAsync(RefreshRequest request, IClusterClient cluster, HttpContext http)
    {
        if (RefreshTokens.TryParse(request.RefreshToken, out var tenant, out _) && TenantSlug.IsValid(tenant))
        {
            CallerContext.Set(new Caller(tenant, Caller.SystemUserId, "logout", ChangeSources.Web, http.Connection.RemoteIpAddress?.ToString(), http.TraceIdentifier));
            await Directory(cluster, tenant).SignOutAsync(request.RefreshToken!);
        }

        return TypedResults.NoContent();
    }

    private static IUserDirectoryGrain Directory(IClusterClient cluster, string tenant) =>
        cluster.GetGrain<IUserDirectoryGrain>(GrainKeys.For(tenant, IUserDirectoryGrain.Id));

    private static ProblemHttpResult InvalidCredentials() =>
        TypedResults.Problem(ErrorResponses.Problem(
            StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Sign-in failed.", "The company, user name or password is wrong."));

    private static ProblemHttpResult InvalidRefresh() =>
        TypedResults.Problem(ErrorResponses.Problem(
            StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "The refresh token is not valid.", "Sign in again."));

    /// <summary>429 with <c>Retry-After</c> in whole seconds until <paramref name="retryAt"/>.</summary>
    public static ProblemHttpResult TooManyAttempts(HttpContext http, DateTimeOffset retryAt, string detail)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling((retryAt - DateTimeOffset.UtcNow).TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(ErrorResponses.Problem(
            StatusCodes.Status429TooManyRequests, ProblemTypes.TooManyAttempts, "Too many attempts.", detail));
    }
}

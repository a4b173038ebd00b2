using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.OpenApi;
using SecurityTrax.Identity;
using SecurityTrax.Portal;

namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// Signing in to the portal without a pay link: a one-time code to the email or phone on file opens a short-lived
/// portal session. Known and unknown addresses are answered alike; codes are limited per address and per client address.
/// </summary>
public static class PortalSignInApi
{
    public const string Path = "/api/v1/portal/{company}";

    public static IEndpointRouteBuilder MapPortalSignInApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Portal").AllowAnonymous();
        group.MapPost("/codes", RequestCodeAsync).WithName("RequestPortalCode")
            .WithSummary("Sends a 6-digit sign-in code to the email or phone if it is on file for a customer; the answer is the same either way.")
            .AnswersProblem(StatusCodes.Status429TooManyRequests, "Too many codes for this address or from this client; `Retry-After` says when to ask again. Nothing was sent.");
        group.MapPost("/sessions", SignInAsync).WithName("SignInToPortal")
            .WithSummary("A right code opens the customer's portal for an hour (a pay link); a wrong, used or expired code is a bad `code`.")
            .AnswersProblem(StatusCodes.Status429TooManyRequests, "Too many tries from this client; `Retry-After` says when to try again.");
        return routes;
    }

    public static async Task<Results<Accepted<PortalCodeResponse>, ProblemHttpResult>> RequestCodeAsync(
        string company, PortalCodeRequest request, IClusterClient cluster, HttpContext http)
    {
        if (Refused(company, request.Address) is { } refused)
        {
            return refused;
        }

        var throttle = Throttle(cluster, http);
        if (await throttle.CheckAsync() is { } clientRetryAt)
        {
            return AuthApi.TooManyAttempts(http, clientRetryAt, "Too many codes were asked for from this device.");
        }

        await throttle.RecordFailureAsync();
        Enter(http, company);
        var outcome = await SignIn(cluster, company, request.Address!).RequestCodeAsync(request.Address!);
        if (outcome.RetryAt is { } retryAt)
        {
            return AuthApi.TooManyAttempts(http, retryAt, "Too many codes were asked for this address.");
        }

        return TypedResults.Accepted((string?)null, new PortalCodeResponse(
            $"If this address is on file with us, a code is on its way. It works for {PortalCodeWording.Lifetime(outcome.CodeLifetime)}.",
            (int)Math.Ceiling(outcome.CodeLifetime.TotalMinutes)));
    }

    public static async Task<Results<Created<PortalSessionResponse>, ProblemHttpResult>> SignInAsync(
        string company, PortalSessionRequest request, IClusterClient cluster, HttpContext http)
    {
        var errors = new RequestErrors();
        var code = errors.Required(request.Code, "code");
        if (Refused(company, request.Address) is { } refused)
        {
            return refused;
        }

        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var throttle = Throttle(cluster, http);
        if (await throttle.CheckAsync() is { } retryAt)
        {
            return AuthApi.TooManyAttempts(http, retryAt, "Too many tries from this device.");
        }

        await throttle.RecordFailureAsync();
        Enter(http, company);
        var session = await SignIn(cluster, company, request.Address!).VerifyAsync(code);
        var url = PayLinksApi.Url(http.Request, company, session.Token);
        return TypedResults.Created(new Uri(url).AbsolutePath, new PortalSessionResponse(url, session.Link.ExpiresAt));
    }

    /// <summary>A bad company or address answers 400 naming <c>address</c> (or 404 for a company that cannot exist).</summary>
    private static ProblemHttpResult? Refused(string company, string? address)
    {
        if (!TenantSlug.IsValid(company))
        {
            return TypedResults.Problem(ErrorResponses.Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", "No such company."));
        }

        if (PortalSignInKeys.Normalize(address) is null)
        {
            var errors = new RequestErrors();
            errors.Add("address", address is null ? "Required." : "An email address or a phone number.");
            return TypedResults.Problem(errors.ToProblem());
        }

        return null;
    }

    private static void Enter(HttpContext http, string company) => CallerContext.Set(PortalLink.Caller(http, company));

    private static IPortalSignInGrain SignIn(IClusterClient cluster, string company, string address) =>
        cluster.GetGrain<IPortalSignInGrain>(GrainKeys.For(company, PortalSignInKeys.IdOf(PortalSignInKeys.Normalize(address)!.Value.Address)));

    // Codes asked for and codes tried from one client count together, across companies (the sign-in throttle's rule).
    private static ISignInThrottleGrain Throttle(IClusterClient cluster, HttpContext http) =>
        cluster.GetGrain<ISignInThrottleGrain>($"portal-ip-{http.Connection.RemoteIpAddress}");
}

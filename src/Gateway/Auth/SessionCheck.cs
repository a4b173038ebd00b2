using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Realtime;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Auth;

/// <summary>
/// Refuses an access token issued before its user's sessions ended (disabled, role changed, password reset), on every
/// route and the hub, on every gateway: the token's stamp against the user directory's, through <see cref="SessionBoundaries"/>.
/// </summary>
/// <remarks>
/// A miss reads the stamp from the user directory, one read per user at a time however many requests wait for it,
/// after subscribing this gateway to the company's pushes so no end that follows the read is missed.
/// </remarks>
public sealed class SessionCheck(SessionBoundaries boundaries, IClusterClient cluster, NotificationRelay relay)
{
    public const string EndedTitle = "The session has ended.";

    private const string EndedDetail =
        "The account was disabled or changed, or its password was reset, after this token was issued: refresh or sign in again.";

    private readonly ConcurrentDictionary<(string Tenant, string UserId), Lazy<Task<int>>> _reads = new();

    public ValueTask<bool> IsCurrentAsync(CurrentUser user) =>
        boundaries.TryCheck(user.Tenant, user.UserId, user.SessionStamp, out var current)
            ? ValueTask.FromResult(current)
            : new ValueTask<bool>(ReadAsync(user));

    /// <summary>After the token's signature and lifetime checked out: a voided token authenticates no one.</summary>
    public Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        if (context.Principal is null || CurrentUser.From(context.Principal) is not { } user)
        {
            return Task.CompletedTask;
        }

        var check = IsCurrentAsync(user);
        return check.IsCompletedSuccessfully ? FailUnless(context, check.Result) : AwaitAsync(context, check);
    }

    /// <summary>The 401 of a voided token says why, so the console refreshes (a disabled user's refresh is refused).</summary>
    public static async Task OnChallengeAsync(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is not SessionEndedException)
        {
            return;
        }

        context.HandleResponse();
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The session has ended\"";
        await TypedResults.Problem(ErrorResponses.Problem(
            StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, EndedTitle, EndedDetail)).ExecuteAsync(context.HttpContext);
    }

    private static async Task AwaitAsync(TokenValidatedContext context, ValueTask<bool> check) => await FailUnless(context, await check);

    private static Task FailUnless(TokenValidatedContext context, bool current)
    {
        if (!current)
        {
            context.Fail(new SessionEndedException());
        }

        return Task.CompletedTask;
    }

    private async Task<bool> ReadAsync(CurrentUser user)
    {
        var key = (user.Tenant, user.UserId);
        var read = _reads.GetOrAdd(key, k => new Lazy<Task<int>>(() => FetchAsync(k)));
        return user.SessionStamp >= await read.Value;
    }

    private async Task<int> FetchAsync((string Tenant, string UserId) key)
    {
        try
        {
            // Subscribed first: an end saved after the read below is pushed here.
            await relay.WatchTenantAsync(key.Tenant);
            CallerContext.Set(Caller.System(key.Tenant, "gateway"));
            var stamp = await cluster.GetGrain<IUserDirectoryGrain>(GrainKeys.For(key.Tenant, IUserDirectoryGrain.Id))
                .GetSessionStampAsync(key.UserId);
            return boundaries.Record(key.Tenant, key.UserId, stamp);
        }
        finally
        {
            _reads.TryRemove(key, out _);
        }
    }
}

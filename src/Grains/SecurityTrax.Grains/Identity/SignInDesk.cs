using Microsoft.AspNetCore.Identity;

namespace SecurityTrax.Identity;

/// <summary>Sign-in, refresh and sign-out against the directory's state; each records what happened in the outbox.</summary>
public static class SignInDesk
{
    private static readonly PasswordHasher<UserRecord> Hasher = new();

    // An unknown user name is checked against this, so that it costs what a wrong password costs: the answer's
    // timing does not tell which user names exist (issue 22, point 5).
    private static readonly UserRecord Nobody = new();
    private static readonly string NobodysHash = Hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));

    public static string HashPassword(UserRecord user, string password) => Hasher.HashPassword(user, password);

    public static SignInResult SignIn(
        UserDirectoryState state, string tenant, Caller actor, DateTimeOffset now, string userName, string password) =>
        SignIn(state, tenant, actor, now, userName, password, Hasher);

    /// <summary>As above with the hasher given, so a test can see that every path verifies a password.</summary>
    public static SignInResult SignIn(
        UserDirectoryState state, string tenant, Caller actor, DateTimeOffset now, string userName, string password,
        IPasswordHasher<UserRecord> hasher)
    {
        var outbox = state.Outbox;
        var normalized = UserRules.NormalizeUserName(userName ?? "");
        var user = state.Users.Values.FirstOrDefault(u => u.UserName == normalized);
        if (user is null)
        {
            hasher.VerifyHashedPassword(Nobody, NobodysHash, password ?? "");
            outbox.RecordSecurity(now, actor, SecurityEvents.SignInFailed, null, userName, "unknown user");
            return SignInResult.Failed(SignInOutcome.InvalidCredentials);
        }

        if (Sessions.IsLockedOut(user, now))
        {
            outbox.RecordSecurity(now, actor, SecurityEvents.SignInFailed, user.Id, user.UserName, "locked out");
            return SignInResult.Failed(SignInOutcome.LockedOut, user.LockedUntil);
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            var locked = Sessions.RecordFailure(user, now);
            outbox.RecordSecurity(now, actor, SecurityEvents.SignInFailed, user.Id, user.UserName, "wrong password");
            if (!locked)
            {
                return SignInResult.Failed(SignInOutcome.InvalidCredentials);
            }

            outbox.RecordSecurity(now, actor, SecurityEvents.LockedOut, user.Id, user.UserName, $"until {user.LockedUntil:O}");
            return SignInResult.Failed(SignInOutcome.LockedOut, user.LockedUntil);
        }

        if (user.Disabled)
        {
            outbox.RecordSecurity(now, actor, SecurityEvents.SignInFailed, user.Id, user.UserName, "disabled");
            return SignInResult.Failed(SignInOutcome.Disabled);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password!);
        }

        Sessions.RecordSuccess(user);
        var (token, expires) = Sessions.Issue(tenant, user, Guid.NewGuid().ToString("N"), now);
        outbox.RecordSecurity(now, actor, SecurityEvents.SignIn, user.Id, user.UserName);
        return Succeeded(state, user, token, expires);
    }

    public static SignInResult Refresh(
        UserDirectoryState state, string tenant, Caller actor, DateTimeOffset now, string refreshToken, out bool changed)
    {
        changed = false;
        if (!RefreshTokens.TryParse(refreshToken, out _, out var userId)
            || !state.Users.TryGetValue(userId, out var user)
            || Sessions.Find(user, refreshToken) is not { } presented
            || presented.ExpiresAt <= now)
        {
            return SignInResult.Failed(SignInOutcome.InvalidRefreshToken);
        }

        changed = true;
        if (presented.Used)
        {
            // A token exchanged once is presented again: someone holds a copy. End that whole sign-in.
            Sessions.RevokeFamily(user, presented.Family);
            state.Outbox.RecordSecurity(now, actor, SecurityEvents.RefreshReuse, user.Id, user.UserName, "session revoked");
            return SignInResult.Failed(SignInOutcome.InvalidRefreshToken);
        }

        if (user.Disabled)
        {
            changed = false;
            return SignInResult.Failed(SignInOutcome.Disabled);
        }

        presented.Used = true;
        var (token, expires) = Sessions.Issue(tenant, user, presented.Family, now);
        state.Outbox.RecordSecurity(now, actor, SecurityEvents.Refreshed, user.Id, user.UserName);
        return Succeeded(state, user, token, expires);
    }

    /// <summary>Ends the sign-in the token belongs to; false when there was nothing to end.</summary>
    public static bool SignOut(UserDirectoryState state, Caller actor, DateTimeOffset now, string refreshToken)
    {
        if (!RefreshTokens.TryParse(refreshToken, out _, out var userId)
            || !state.Users.TryGetValue(userId, out var user)
            || Sessions.Find(user, refreshToken) is not { } presented)
        {
            return false;
        }

        Sessions.RevokeFamily(user, presented.Family);
        state.Outbox.RecordSecurity(now, actor, SecurityEvents.SignOut, user.Id, user.UserName);
        return true;
    }

    private static SignInResult Succeeded(UserDirectoryState state, UserRecord user, string token, DateTimeOffset expires) =>
        new(SignInOutcome.Succeeded, new SessionGrant(user.ToDetails(), RoleBook.GrantsOf(state, user.Role), token, expires, user.SessionStamp), null);
}

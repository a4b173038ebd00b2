using Microsoft.AspNetCore.Identity;
using SecurityTrax.Identity;

namespace SecurityTrax.Grains.Tests.Security;

/// <summary>
/// Sign-in costs the same work whether or not the user exists (issue 22, point 5): the unknown-user path verifies the
/// password against a hash too. Counted, not timed.
/// </summary>
public sealed class SignInDeskTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnUnknownUserIsCheckedAgainstAHashLikeAWrongPassword()
    {
        var state = new UserDirectoryState();
        var known = new UserRecord { Id = "1", UserName = "dana", Role = BuiltInRoles.Admin };
        known.PasswordHash = SignInDesk.HashPassword(known, "the-right-password");
        state.Users[known.Id] = known;
        var hasher = new CountingHasher();

        var unknown = SignInDesk.SignIn(state, "acme", Caller.System("acme"), Now, "nobody", "a-guess", hasher);
        var unknownVerifications = hasher.Verifications;
        var wrong = SignInDesk.SignIn(state, "acme", Caller.System("acme"), Now, "dana", "a-guess", hasher);

        Assert.Equal(SignInOutcome.InvalidCredentials, unknown.Outcome);
        Assert.Equal(SignInOutcome.InvalidCredentials, wrong.Outcome);
        Assert.Equal(1, unknownVerifications);
        Assert.Equal(2, hasher.Verifications);
        // The unknown user's check ran the real algorithm over a real hash, not a shortcut that fails at once.
        Assert.Equal(PasswordVerificationResult.Failed, hasher.Results[0]);
        Assert.Equal(hasher.HashLengths[1], hasher.HashLengths[0]);
    }

    private sealed class CountingHasher : IPasswordHasher<UserRecord>
    {
        private readonly PasswordHasher<UserRecord> _inner = new();

        public int Verifications => Results.Count;

        public List<PasswordVerificationResult> Results { get; } = [];

        public List<int> HashLengths { get; } = [];

        public string HashPassword(UserRecord user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserRecord user, string hashedPassword, string providedPassword)
        {
            HashLengths.Add(hashedPassword.Length);
            var result = _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            Results.Add(result);
            return result;
        }
    }
}

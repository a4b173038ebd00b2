using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Gateway.Auth;

namespace SecurityTrax.Gateway.Tests.Security;

/// <summary>The gateway's memory of session stamps: trusted for the configured interval, never lowered.</summary>
public sealed class SessionBoundariesTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly SessionBoundaries _boundaries;

    public SessionBoundariesTests() =>
        _boundaries = new SessionBoundaries(_time, Options.Create(new AuthOptions { SessionCheckSeconds = 5 }));

    [Fact]
    public void AnUnknownUserMustBeRead() => Assert.False(_boundaries.TryCheck("acme", "7", 0, out _));

    [Fact]
    public void AReadStampIsTrustedForTheIntervalAndThenReadAgain()
    {
        _boundaries.Record("acme", "7", 2);

        Assert.True(_boundaries.TryCheck("acme", "7", 2, out var current));
        Assert.True(current);
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.True(_boundaries.TryCheck("acme", "7", 2, out _));
        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.False(_boundaries.TryCheck("acme", "7", 2, out _));
    }

    [Fact]
    public void ATokenBelowAKnownStampIsRefusedWithoutAReadEvenWhenTheStampIsOld()
    {
        _boundaries.Record("acme", "7", 3);
        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.True(_boundaries.TryCheck("acme", "7", 2, out var current));
        Assert.False(current);
    }

    [Fact]
    public void ALateReadCannotLowerAPushedStamp()
    {
        Assert.Equal(4, _boundaries.Record("acme", "7", 4));

        Assert.Equal(4, _boundaries.Record("acme", "7", 3));
        Assert.True(_boundaries.TryCheck("acme", "7", 3, out var current));
        Assert.False(current);
    }

    [Fact]
    public void UsersOfOtherCompaniesWithTheSameIdAreApart()
    {
        _boundaries.Record("acme", "7", 9);

        Assert.False(_boundaries.TryCheck("other", "7", 0, out _));
    }

    [Fact]
    public void ForgettingACompanyMakesItsUsersBeReadAgainAndLeavesOtherCompanies()
    {
        _boundaries.Record("acme", "7", 2);
        _boundaries.Record("acme", "8", 1);
        _boundaries.Record("other", "7", 5);

        _boundaries.ForgetCompany("acme");

        Assert.False(_boundaries.TryCheck("acme", "7", 2, out _));
        Assert.False(_boundaries.TryCheck("acme", "8", 1, out _));
        Assert.True(_boundaries.TryCheck("other", "7", 5, out var current));
        Assert.True(current);
    }
}

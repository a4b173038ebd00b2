namespace SecurityTrax.Identity;

/// <summary>The outcome of a sign-in or a refresh: a session, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.SignInResult")]
public sealed record SignInResult(
    [property: Id(0)] SignInOutcome Outcome,
    [property: Id(1)] SessionGrant? Session,
    [property: Id(2)] DateTimeOffset? RetryAfter)
{
    public static SignInResult Failed(SignInOutcome outcome, DateTimeOffset? retryAfter = null) => new(outcome, null, retryAfter);
}

namespace SecurityTrax.Gateway.Http;

/// <summary>Stable ProblemDetails <c>type</c> values, one per error kind.</summary>
public static class ProblemTypes
{
    public const string Validation = "urn:securitytrax:problem:validation";
    public const string NotFound = "urn:securitytrax:problem:not-found";
    public const string Conflict = "urn:securitytrax:problem:conflict";
    public const string RecurringInvoicesActive = "urn:securitytrax:problem:recurring-invoices-active";
    public const string StaleVersion = "urn:securitytrax:problem:stale-version";
    public const string PreconditionRequired = "urn:securitytrax:problem:precondition-required";
    public const string Forbidden = "urn:securitytrax:problem:forbidden";
    public const string Unauthorized = "urn:securitytrax:problem:unauthorized";
    public const string TooManyAttempts = "urn:securitytrax:problem:too-many-attempts";

    /// <summary>A rate limit of an expensive route (<c>RateLimits:*</c>) is used up; <c>Retry-After</c> says when to try again.</summary>
    public const string RateLimited = "urn:securitytrax:problem:rate-limited";
    public const string IdempotencyKeyRequired = "urn:securitytrax:problem:idempotency-key-required";
    public const string IdempotencyKeyReused = "urn:securitytrax:problem:idempotency-key-reused";
    public const string IdempotencyKeyInProgress = "urn:securitytrax:problem:idempotency-key-in-progress";
    public const string Unavailable = "urn:securitytrax:problem:unavailable";
    public const string Internal = "urn:securitytrax:problem:internal";
    public const string MethodNotAllowed = "urn:securitytrax:problem:method-not-allowed";
    public const string UnsupportedMediaType = "urn:securitytrax:problem:unsupported-media-type";
    public const string TooLarge = "urn:securitytrax:problem:too-large";

    /// <summary>A pay link that existed but opens nothing any more (expired or revoked).</summary>
    public const string Gone = "urn:securitytrax:problem:gone";

    /// <summary>The prefix every type of ours starts with; anything else was written by the framework.</summary>
    public const string Prefix = "urn:securitytrax:problem:";
}

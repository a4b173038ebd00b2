using SecurityTrax.Identity;

namespace SecurityTrax.Idempotency;

/// <summary>One Idempotency-Key of one user; key <c>{tenant}/idem-{hash of user and key}</c>.</summary>
[Alias("SecurityTrax.IIdempotencyGrain")]
public interface IIdempotencyGrain : ITenantGrain
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    [Alias("Begin")]
    Task<IdempotencyDecision> BeginAsync(string fingerprint);

    [Alias("Complete")]
    Task CompleteAsync(StoredResponse response);

    [Alias("Abandon")]
    Task AbandonAsync();
}

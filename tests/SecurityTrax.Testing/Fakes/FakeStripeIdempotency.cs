namespace SecurityTrax.Testing.Fakes;

/// <summary>
/// Stripe's idempotency: per account, the first answer to a key is kept and replayed for every repeat of the
/// same request; the same key with other parameters (or on another endpoint) is refused.
/// </summary>
/// <remarks>Not thread-safe: the server checks and stores under its one lock, so a key is never executed twice.</remarks>
internal sealed class FakeStripeIdempotency
{
    private readonly Dictionary<(string Account, string Key), (string Fingerprint, FakeStripeResponse Response)> _answers = [];

    /// <summary>The kept answer (replayed), a refusal for changed parameters (not replayed), or null for a new key.</summary>
    public FakeStripeResponse? Find(string account, string key, string fingerprint, out bool replayed)
    {
        replayed = false;
        if (!_answers.TryGetValue((account, key), out var kept))
        {
            return null;
        }

        replayed = kept.Fingerprint == fingerprint;
        return replayed ? kept.Response : FakeStripeErrors.IdempotencyKeyReused(key);
    }

    public void Keep(string account, string key, string fingerprint, FakeStripeResponse response) =>
        _answers[(account, key)] = (fingerprint, response);
}

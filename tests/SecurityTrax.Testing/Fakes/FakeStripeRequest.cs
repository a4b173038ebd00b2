namespace SecurityTrax.Testing.Fakes;

/// <summary>
/// One request the fake received. <see cref="Status"/> is null when a fault cut the answer off;
/// <see cref="Replayed"/> tells that the answer was the stored one for its idempotency key.
/// </summary>
public sealed record FakeStripeRequest(
    string Method,
    string Path,
    string? ApiKey,
    string? IdempotencyKey,
    int? Status,
    bool Replayed,
    FakeStripeFault? Fault);

namespace SecurityTrax.Idempotency;

[GenerateSerializer, Immutable, Alias("SecurityTrax.IdempotencyDecision")]
public sealed record IdempotencyDecision(
    [property: Id(0)] IdempotencyOutcome Outcome,
    [property: Id(1)] StoredResponse? Response);

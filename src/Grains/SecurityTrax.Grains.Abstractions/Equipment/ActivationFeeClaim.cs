namespace SecurityTrax.Equipment;

/// <summary>The activation fee an invoice may bill, or why it may not (<see cref="Refusal"/> set, amount 0).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ActivationFeeClaim")]
public sealed record ActivationFeeClaim(
    [property: Id(0)] decimal Amount,
    [property: Id(1)] string? Refusal);

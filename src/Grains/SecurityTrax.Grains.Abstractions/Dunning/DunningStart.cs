namespace SecurityTrax.Dunning;

/// <summary>An automatic charge of <see cref="InvoiceId"/> (due on <see cref="DueDate"/>) failed: start chasing it.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.DunningStart")]
public sealed record DunningStart(
    [property: Id(0)] long InvoiceId,
    [property: Id(1)] DateOnly DueDate,
    [property: Id(2)] string? BillingMethodId,
    [property: Id(3)] string Reason);

namespace SecurityTrax.Dunning;

/// <summary>
/// The dunning of one invoice as its representation shows it: <see cref="Attempts"/> retries made so far,
/// <see cref="NextRetryOn"/> the company-local date of the next scheduled one (null when none is left).
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InvoiceDunning")]
public sealed record InvoiceDunning(
    [property: Id(0)] long InvoiceId,
    [property: Id(1)] DunningStatus Status,
    [property: Id(2)] int Attempts,
    [property: Id(3)] DateOnly? NextRetryOn,
    [property: Id(4)] string? LastResult);

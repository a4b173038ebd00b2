namespace SecurityTrax.Invoices;

/// <summary>What a button did: the lines it added (none when pressed again), and why it added nothing, if it did not.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.LinesAdded")]
public sealed record LinesAdded(
    [property: Id(0)] InvoiceDetails Invoice,
    [property: Id(1)] int[] AddedLineIds,
    [property: Id(2)] string? Reason);

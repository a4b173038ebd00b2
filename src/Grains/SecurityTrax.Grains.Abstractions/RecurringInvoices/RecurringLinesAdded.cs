namespace SecurityTrax.RecurringInvoices;

/// <summary>What a button did on a recurring invoice's template: the lines it added (none when pressed again), and why not.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RecurringLinesAdded")]
public sealed record RecurringLinesAdded(
    [property: Id(0)] RecurringInvoiceDetails RecurringInvoice,
    [property: Id(1)] int[] AddedLineIds,
    [property: Id(2)] string? Reason);

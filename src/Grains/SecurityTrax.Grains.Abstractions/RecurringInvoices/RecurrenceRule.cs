namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// When a recurring invoice runs: <see cref="Count"/> occurrences, the first on <see cref="FirstDate"/>
/// (a tenant-local date, the anchor), then every <see cref="Interval"/> <see cref="Unit"/>s.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RecurrenceRule")]
public sealed record RecurrenceRule(
    [property: Id(0)] DateOnly FirstDate,
    [property: Id(1)] int Interval,
    [property: Id(2)] RecurrenceUnit Unit,
    [property: Id(3)] int Count);

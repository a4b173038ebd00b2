namespace SecurityTrax.RecurringInvoices;

/// <summary>Occurrence <see cref="Occurrence"/> (1-based): its tenant-local sale date and the UTC instant its invoice is made.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ScheduledOccurrence")]
public sealed record ScheduledOccurrence(
    [property: Id(0)] int Occurrence,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] DateTimeOffset RunsAt);

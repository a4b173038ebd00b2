namespace SecurityTrax.RecurringInvoices;

/// <summary>Every occurrence of a schedule in the company's time zone, and the final invoice date.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.SchedulePreview")]
public sealed record SchedulePreview(
    [property: Id(0)] string TimeZone,
    [property: Id(1)] DateOnly FinalDate,
    [property: Id(2)] ScheduledOccurrence[] Occurrences);

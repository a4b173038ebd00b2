using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>Every occurrence (1-based) with its sale date and the instant (UTC) its invoice is made, and the final invoice date.</summary>
public sealed record SchedulePreviewResponse(string TimeZone, DateOnly FinalDate, int Count, ScheduledOccurrenceResponse[] Occurrences)
{
    public static SchedulePreviewResponse From(SchedulePreview p) => new(
        p.TimeZone, p.FinalDate, p.Occurrences.Length, [.. p.Occurrences.Select(o => new ScheduledOccurrenceResponse(o.Occurrence, o.Date, o.RunsAt))]);
}

public sealed record ScheduledOccurrenceResponse(int Occurrence, DateOnly Date, DateTimeOffset RunsAt);

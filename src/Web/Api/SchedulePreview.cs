namespace SecurityTrax.Web.Api;

/// <summary>The API's schedule for a recurring invoice: the final invoice date and every occurrence, nothing saved.</summary>
public sealed record SchedulePreview(string TimeZone, string FinalDate, int Count, ScheduledOccurrence[] Occurrences);

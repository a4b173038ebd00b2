namespace SecurityTrax.Web.Api;

/// <summary>One occurrence (1-based) of a schedule and its sale date.</summary>
public sealed record ScheduledOccurrence(int Occurrence, string Date);

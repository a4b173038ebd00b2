namespace SecurityTrax.Web.Api;

/// <summary>What the console reads of a recurring invoice it created or opens: its schedule's dates.</summary>
public sealed record RecurringCreated(long Id, string FirstDate, string FinalDate, string? NextDate, int Count, string Status);

namespace SecurityTrax.Web.Api;

/// <summary>
/// What the console reads of a recurring invoice it created or opens: its schedule's dates, and the one-time items
/// (activation_fee, unpaid_equipment) marked for the next invoice it makes.
/// </summary>
public sealed record RecurringCreated(long Id, string FirstDate, string FinalDate, string? NextDate, int Count, string Status, string[]? PendingItems = null);

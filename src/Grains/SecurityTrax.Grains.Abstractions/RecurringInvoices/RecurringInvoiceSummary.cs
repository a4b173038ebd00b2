namespace SecurityTrax.RecurringInvoices;

/// <summary>One recurring invoice in a customer's list; next date and remaining count follow from the schedule and now.</summary>
/// <remarks><see cref="Type"/> is the document each occurrence creates (<c>invoice</c>); <see cref="Schedule"/> says how often ("every month").</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RecurringInvoiceSummary")]
public sealed record RecurringInvoiceSummary(
    [property: Id(0)] long Id,
    [property: Id(1)] DateOnly FirstSaleDate,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] string Type,
    [property: Id(4)] DateOnly? NextDate,
    [property: Id(5)] int RemainingCount,
    [property: Id(6)] DateOnly FinalDate,
    [property: Id(7)] string Status,
    [property: Id(8)] string? PausedReason,
    [property: Id(9)] string Schedule = "");

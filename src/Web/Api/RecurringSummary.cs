namespace SecurityTrax.Web.Api;

/// <summary>A row of <c>GET /api/v1/customers/{id}/recurring-invoices</c>.</summary>
public sealed record RecurringSummary(
    long Id, string FirstSaleDate, decimal Amount, string Type, string? NextDate, int RemainingCount, string FinalDate, string Status, string? PausedReason);

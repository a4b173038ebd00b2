namespace SecurityTrax.Web.Api;

/// <summary><c>POST /api/v1/recurring-invoices/preview</c>: first date, every N units, how many times.</summary>
public sealed record ScheduleInput(string? NextDate, int? Interval, string Unit, int? Count);

namespace SecurityTrax.Web.Api.Scheduling;

/// <summary>One weekday's working time (day is monday…sunday; times are HH:mm in the company's time zone).</summary>
public sealed record WorkingHours(string? Day, string? Start, string? End);

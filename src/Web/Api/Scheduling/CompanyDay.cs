namespace SecurityTrax.Web.Api.Scheduling;

/// <summary>
/// <c>GET /api/v1/schedule/day?date=</c>: the company's day in its time zone, every technician by name (only one's own
/// row with <c>schedule.view_own</c>), each with the appointments touching the day.
/// </summary>
public sealed record CompanyDay(string Date, string TimeZone, DateTimeOffset From, DateTimeOffset To, TechnicianDay[] Technicians);

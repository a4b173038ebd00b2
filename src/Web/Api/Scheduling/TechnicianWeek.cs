namespace SecurityTrax.Web.Api.Scheduling;

/// <summary><c>GET /api/v1/technicians/{userId}/week?date=</c>: Monday to Sunday in the company's time zone.</summary>
public sealed record TechnicianWeek(long TechnicianId, string Monday, string Sunday, string TimeZone, AppointmentSummary[] Items);

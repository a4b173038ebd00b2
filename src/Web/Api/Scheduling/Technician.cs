namespace SecurityTrax.Web.Api.Scheduling;

/// <summary><c>GET /api/v1/technicians/{userId}</c>, as far as the console uses it; working hours are in <see cref="TimeZone"/>.</summary>
public sealed record Technician(long UserId, string Name, WorkingHours[] WorkingHours, string TimeZone);

namespace SecurityTrax.Web.Api.Scheduling;

/// <summary>One technician's row of <see cref="CompanyDay"/> (possibly without appointments), with that weekday's working hours.</summary>
public sealed record TechnicianDay(long TechnicianId, string Name, AppointmentSummary[] Items, WorkingHours[]? WorkingHours = null);

namespace SecurityTrax.Web.Api.Scheduling;

/// <summary><c>GET /api/v1/customers/{id}/appointments</c>: latest first.</summary>
public sealed record AppointmentList(AppointmentSummary[] Items);

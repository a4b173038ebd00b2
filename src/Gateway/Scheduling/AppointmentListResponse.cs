namespace SecurityTrax.Gateway.Scheduling;

/// <summary>Appointments, at most 500.</summary>
public sealed record AppointmentListResponse(AppointmentSummaryResponse[] Items);

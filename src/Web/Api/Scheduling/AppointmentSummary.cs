namespace SecurityTrax.Web.Api.Scheduling;

/// <summary>A row of a customer's appointments or of a technician's week.</summary>
public sealed record AppointmentSummary(
    long Id, long CustomerId, string CustomerName, string Type, DateTimeOffset Start, DateTimeOffset End, bool ArrivalWindow,
    long[] TechnicianIds, string Status);

namespace SecurityTrax.Web.Api.Scheduling;

/// <summary><c>GET /api/v1/appointments/{id}</c>: <c>start</c>–<c>end</c> is the visit, or the arrival window when <see cref="ArrivalWindow"/>.</summary>
public sealed record Appointment(
    long Id, long CustomerId, string CustomerName, string Type, DateTimeOffset Start, DateTimeOffset End, bool ArrivalWindow,
    long[] TechnicianIds, Address? Address, string? Notes, long? TicketId, long[] InvoiceIds, string Status, string? CancelReason)
{
    public AppointmentSummary ToSummary() => new(Id, CustomerId, CustomerName, Type, Start, End, ArrivalWindow, TechnicianIds, Status);
}

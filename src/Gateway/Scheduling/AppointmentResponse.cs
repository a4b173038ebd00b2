using SecurityTrax.Gateway.Customers;
using SecurityTrax.Gateway.Users;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>An appointment; <c>start</c>–<c>end</c> is the visit, or the arrival window when <c>arrivalWindow</c> is true.</summary>
public sealed record AppointmentResponse(
    long Id, long CustomerId, string CustomerName, string Type, DateTimeOffset Start, DateTimeOffset End, bool ArrivalWindow,
    long[] TechnicianIds, AddressDto? Address, string? Notes, long? TicketId, long[] InvoiceIds, AppointmentStatus Status,
    string? CancelReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AppointmentResponse From(AppointmentDetails a) => new(
        a.Id, a.CustomerId, a.CustomerName, a.Type, a.Start, a.End, a.ArrivalWindow, [.. a.TechnicianIds.Select(UserIds.Of)],
        AddressDto.From(a.Address), a.Notes, a.TicketId, a.InvoiceIds, a.Status, a.CancelReason, a.CreatedAt, a.UpdatedAt);
}

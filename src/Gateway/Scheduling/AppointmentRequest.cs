using System.ComponentModel.DataAnnotations;
using SecurityTrax.Gateway.Customers;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>
/// An appointment: <c>start</c> with <c>durationMinutes</c> (1–1440), or an <c>arrivalWindow</c>. Without an address
/// the customer's service address is used. <c>overrideReason</c> books over clashes and is kept in history.
/// </summary>
public sealed record AppointmentRequest(
    [property: Required] string? Type,
    DateTimeOffset? Start,
    int? DurationMinutes,
    ArrivalWindowDto? ArrivalWindow,
    long[]? TechnicianIds,
    AddressDto? Address,
    string? Notes,
    long? TicketId,
    long[]? InvoiceIds,
    string? OverrideReason);

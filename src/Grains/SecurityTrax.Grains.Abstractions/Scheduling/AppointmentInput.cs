using SecurityTrax.Customers;

namespace SecurityTrax.Scheduling;

/// <summary>
/// An appointment as a dispatcher books it: <see cref="Start"/>–<see cref="End"/> is the visit, or with
/// <see cref="ArrivalWindow"/> the window the technician arrives in (held whole). No address: the service address.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.AppointmentInput")]
public sealed record AppointmentInput(
    [property: Id(0)] string Type,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] DateTimeOffset End,
    [property: Id(3)] bool ArrivalWindow,
    [property: Id(4)] string[] TechnicianIds,
    [property: Id(5)] Address? Address,
    [property: Id(6)] string? Notes,
    [property: Id(7)] long? TicketId,
    [property: Id(8)] long[] InvoiceIds);

using SecurityTrax.Customers;

namespace SecurityTrax.Scheduling;

[GenerateSerializer, Immutable, Alias("SecurityTrax.AppointmentDetails")]
public sealed record AppointmentDetails(
    [property: Id(0)] long Id,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] string CustomerName,
    [property: Id(3)] string Type,
    [property: Id(4)] DateTimeOffset Start,
    [property: Id(5)] DateTimeOffset End,
    [property: Id(6)] bool ArrivalWindow,
    [property: Id(7)] string[] TechnicianIds,
    [property: Id(8)] Address? Address,
    [property: Id(9)] string? Notes,
    [property: Id(10)] long? TicketId,
    [property: Id(11)] long[] InvoiceIds,
    [property: Id(12)] AppointmentStatus Status,
    [property: Id(13)] string? CancelReason,
    [property: Id(14)] DateTimeOffset CreatedAt,
    [property: Id(15)] DateTimeOffset UpdatedAt,
    [property: Id(16)] int Version);

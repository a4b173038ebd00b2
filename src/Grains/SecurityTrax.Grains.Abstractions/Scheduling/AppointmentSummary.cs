namespace SecurityTrax.Scheduling;

/// <summary>An appointment as calendars and lists show it (from the read model).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.AppointmentSummary")]
public sealed record AppointmentSummary(
    [property: Id(0)] long Id,
    [property: Id(1)] long CustomerId,
    [property: Id(2)] string CustomerName,
    [property: Id(3)] string Type,
    [property: Id(4)] DateTimeOffset Start,
    [property: Id(5)] DateTimeOffset End,
    [property: Id(6)] bool ArrivalWindow,
    [property: Id(7)] string[] TechnicianIds,
    [property: Id(8)] AppointmentStatus Status);

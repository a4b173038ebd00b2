namespace SecurityTrax.Scheduling;

/// <summary>One reason a technician cannot take a time: another appointment (its id and times), working hours or time off.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.AppointmentClash")]
public sealed record AppointmentClash(
    [property: Id(0)] string TechnicianId,
    [property: Id(1)] ClashKind Kind,
    [property: Id(2)] long? AppointmentId,
    [property: Id(3)] DateTimeOffset Start,
    [property: Id(4)] DateTimeOffset End,
    [property: Id(5)] string Reason);

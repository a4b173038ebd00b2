namespace SecurityTrax.Scheduling;

/// <summary>A technician's time held by one revision of an appointment's times and technicians.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CalendarBooking")]
public sealed record CalendarBooking(
    [property: Id(0)] long AppointmentId,
    [property: Id(1)] int Revision,
    [property: Id(2)] DateTimeOffset Start,
    [property: Id(3)] DateTimeOffset End);

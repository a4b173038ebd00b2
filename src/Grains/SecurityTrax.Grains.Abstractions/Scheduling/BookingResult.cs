namespace SecurityTrax.Scheduling;

/// <summary>A booking's outcome: the appointment, or (nothing stored) the clashes that refused it.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.BookingResult")]
public sealed record BookingResult(
    [property: Id(0)] AppointmentDetails? Appointment,
    [property: Id(1)] AppointmentClash[] Clashes);

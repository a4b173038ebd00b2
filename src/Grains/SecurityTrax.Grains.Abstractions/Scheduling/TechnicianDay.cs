namespace SecurityTrax.Scheduling;

/// <summary>
/// A technician's row of the company's day: their appointments that touch the day, by start (possibly none), and
/// their working hours on that weekday (none: they keep no hours that day).
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TechnicianDay")]
public sealed record TechnicianDay(
    [property: Id(0)] string TechnicianId,
    [property: Id(1)] string Name,
    [property: Id(2)] AppointmentSummary[] Items,
    [property: Id(3)] WorkingHours[]? WorkingHours = null);

namespace SecurityTrax.Scheduling;

/// <summary>A technician's appointments from Monday to Sunday of a week in the company's time zone, by start.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TechnicianWeek")]
public sealed record TechnicianWeek(
    [property: Id(0)] DateOnly Monday,
    [property: Id(1)] DateOnly Sunday,
    [property: Id(2)] string TimeZone,
    [property: Id(3)] AppointmentSummary[] Items);

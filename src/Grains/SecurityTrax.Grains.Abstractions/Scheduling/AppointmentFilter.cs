namespace SecurityTrax.Scheduling;

/// <summary>Optional filters of an appointment list: type (any case) and statuses.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.AppointmentFilter")]
public sealed record AppointmentFilter(
    [property: Id(0)] string? Type,
    [property: Id(1)] AppointmentStatus[]? Statuses);

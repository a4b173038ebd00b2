namespace SecurityTrax.Scheduling;

/// <summary>A technician: the user, skills, notes, working hours and time off, with the company's time zone they are read in.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TechnicianDetails")]
public sealed record TechnicianDetails(
    [property: Id(0)] string UserId,
    [property: Id(1)] string Name,
    [property: Id(2)] string[] Skills,
    [property: Id(3)] string? Notes,
    [property: Id(4)] WorkingHours[] WorkingHours,
    [property: Id(5)] TimeOffDetails[] TimeOff,
    [property: Id(6)] string TimeZone,
    [property: Id(7)] int Version);

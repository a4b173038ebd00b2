namespace SecurityTrax.Scheduling;

/// <summary>What makes a user a technician: optional skills and notes, and working hours (none listed: no limit).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TechnicianInput")]
public sealed record TechnicianInput(
    [property: Id(0)] string[] Skills,
    [property: Id(1)] string? Notes,
    [property: Id(2)] WorkingHours[] WorkingHours);

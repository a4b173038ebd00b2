namespace SecurityTrax.Gateway.Scheduling;

/// <summary>Changes a technician; a member left out keeps its value, a list sent replaces the whole list.</summary>
public sealed record TechnicianProfileRequest(string[]? Skills, string? Notes, WorkingHoursDto[]? WorkingHours);

using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>Marks a user as a technician; no working hours listed means no limit on when they are booked.</summary>
public sealed record CreateTechnicianRequest([property: Required] long? UserId, string[]? Skills, string? Notes, WorkingHoursDto[]? WorkingHours);

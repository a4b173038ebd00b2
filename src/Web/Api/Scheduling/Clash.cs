namespace SecurityTrax.Web.Api.Scheduling;

/// <summary>One entry of a refused booking's <c>clashes</c>: kind is appointment, outside_working_hours or time_off.</summary>
public sealed record Clash(long TechnicianId, string Kind, long? AppointmentId, DateTimeOffset Start, DateTimeOffset End, string? Reason);

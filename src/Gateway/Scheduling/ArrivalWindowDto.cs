using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>The window the technician arrives in (e.g. 08:00–12:00); the whole window is held in their calendar.</summary>
public sealed record ArrivalWindowDto([property: Required] DateTimeOffset? From, [property: Required] DateTimeOffset? To);

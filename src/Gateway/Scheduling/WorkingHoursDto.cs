using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>One weekday's working time in the company's time zone; times are HH:mm.</summary>
public sealed record WorkingHoursDto([property: Required] DayOfWeek? Day, [property: Required] string? Start, [property: Required] string? End);

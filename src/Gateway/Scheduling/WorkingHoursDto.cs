using System.ComponentModel.DataAnnotations;
using System.Globalization;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>One weekday's working time in the company's time zone; times are HH:mm.</summary>
public sealed record WorkingHoursDto([property: Required] DayOfWeek? Day, [property: Required] string? Start, [property: Required] string? End)
{
    public static WorkingHoursDto From(WorkingHours h) => new(h.Day, Time(h.Start), Time(h.End));

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

using System.Globalization;
using SecurityTrax.Web.Api.Scheduling;

namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>
/// One day of the dispatch board: hour columns of the company's wall clock, and blocks placed by their local times.
/// Positions come from each instant's own offset, so on the day the clocks change a 9:00 visit still sits at 9:00.
/// </summary>
public sealed class BoardLayout(ScheduleZone zone, DateOnly day, int firstHour, int lastHour)
{
    public const int DefaultFirstHour = 7;
    public const int DefaultLastHour = 19;

    // A block shorter than this share of the row (a few minutes) is still wide enough to see and to grab.
    private const double SmallestWidth = 2.0;

    public ScheduleZone Zone => zone;

    public DateOnly Day => day;

    public int FirstHour => firstHour;

    public int LastHour => lastHour;

    public IEnumerable<int> Hours => Enumerable.Range(firstHour, lastHour - firstHour);

    /// <summary>
    /// The hours shown: from the earliest start to the latest end of the technicians' working hours that weekday (7–19
    /// when nobody keeps hours that day), widened to the day's appointments.
    /// </summary>
    public static BoardLayout For(ScheduleZone zone, DateOnly day, IEnumerable<Technician> technicians, IEnumerable<AppointmentSummary> items)
    {
        var (first, last) = (24, 0);
        var weekday = day.DayOfWeek.ToString();
        foreach (var hours in technicians.SelectMany(t => t.WorkingHours).Where(h => string.Equals(h.Day, weekday, StringComparison.OrdinalIgnoreCase)))
        {
            if (Time(hours.Start) is { } from && Time(hours.End) is { } to && to > from)
            {
                first = Math.Min(first, from.Hour);
                last = Math.Max(last, to.Minute > 0 ? to.Hour + 1 : to.Hour);
            }
        }

        if (first >= last)
        {
            (first, last) = (DefaultFirstHour, DefaultLastHour);
        }

        var probe = new BoardLayout(zone, day, 0, 24);
        foreach (var a in items)
        {
            var (start, end) = (probe.Minutes(a.Start), probe.Minutes(a.End));
            if (end > 0 && start < 24 * 60)
            {
                first = Math.Min(first, Math.Max(0, (int)start / 60));
                last = Math.Max(last, Math.Min(24, (int)Math.Ceiling(end / 60)));
            }
        }

        return new BoardLayout(zone, day, first, last);
    }

    private static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>Whether any of the appointment falls on this day (in the company's time zone).</summary>
    public bool IsOnDay(AppointmentSummary a) => Minutes(a.End) > 0 && Minutes(a.Start) < 24 * 60;

    /// <summary>The block's place, or null when it lies wholly outside the shown hours.</summary>
    public BlockPlace? Place(DateTimeOffset start, DateTimeOffset end)
    {
        var (rowStart, rowEnd) = (firstHour * 60.0, lastHour * 60.0);
        var (from, to) = (Minutes(start), Minutes(end));
        if (to <= rowStart || from >= rowEnd)
        {
            return null;
        }

        var (left, right) = (Math.Max(from, rowStart), Math.Min(to, rowEnd));
        var span = rowEnd - rowStart;
        var width = Math.Max(SmallestWidth, (right - left) / span * 100);
        var leftPercent = Math.Min((left - rowStart) / span * 100, 100 - SmallestWidth);
        return new BlockPlace(Math.Round(leftPercent, 3), Math.Round(width, 3), from < rowStart, to > rowEnd);
    }

    /// <summary>The instant the company's clock shows <paramref name="hour"/>:<paramref name="minute"/> on this day (null if skipped).</summary>
    public DateTimeOffset? At(int hour, int minute) => zone.Instant(day, new TimeOnly(hour, minute));

    // Minutes from this day's local midnight, by the wall clock (a time on the next day counts past 1440).
    private double Minutes(DateTimeOffset instant) => (zone.Local(instant) - day.ToDateTime(TimeOnly.MinValue)).TotalMinutes;
}

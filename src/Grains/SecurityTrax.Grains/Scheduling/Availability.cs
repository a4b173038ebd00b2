using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Scheduling;

/// <summary>
/// Working hours and time off against an interval, day by day in the company's time zone, each local day's bounds
/// computed with that day's own offset (a DST day is 23 or 25 hours long).
/// </summary>
public static class Availability
{
    public static AppointmentClash[] Check(
        string technicianId, IReadOnlyList<WorkingHours> hours, IReadOnlyList<TimeOffDetails> timeOff, TimeZoneInfo zone, DateTimeOffset start, DateTimeOffset end)
    {
        var clashes = new List<AppointmentClash>();
        var first = DateOnly.FromDateTime(WallClock.LocalAt(start, zone));
        var last = DateOnly.FromDateTime(WallClock.LocalAt(end > start ? end.AddTicks(-1) : start, zone));
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            foreach (var off in timeOff.Where(o => o.From <= day && day <= o.To))
            {
                clashes.Add(new AppointmentClash(
                    technicianId, ClashKind.TimeOff, null, Midnight(off.From, zone), Midnight(off.To.AddDays(1), zone), $"Time off: {off.Reason}"));
            }

            if (hours.Count == 0)
            {
                continue;
            }

            var segmentStart = Max(start, Midnight(day, zone));
            var segmentEnd = Min(end, Midnight(day.AddDays(1), zone));
            var span = hours.FirstOrDefault(h => h.Day == day.DayOfWeek);
            if (span is null)
            {
                clashes.Add(new AppointmentClash(
                    technicianId, ClashKind.OutsideWorkingHours, null, segmentStart, segmentEnd, $"Does not work on {day.DayOfWeek}s."));
                continue;
            }

            var from = WallClock.ToInstant(day, span.Start, zone);
            var to = WallClock.ToInstant(day, span.End, zone);
            if (segmentStart < from || segmentEnd > to)
            {
                clashes.Add(new AppointmentClash(
                    technicianId, ClashKind.OutsideWorkingHours, null, from, to, $"Works {span.Start:HH\\:mm}–{span.End:HH\\:mm} on {day.DayOfWeek}s."));
            }
        }

        return [.. clashes];
    }

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone) => WallClock.ToInstant(day, TimeOnly.MinValue, zone);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

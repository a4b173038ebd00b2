using System.Globalization;

namespace SecurityTrax.Scheduling;

/// <summary>Grain ids of the scheduling feature; calendars are per technician per UTC week (Monday first).</summary>
public static class CalendarKeys
{
    public const string Sequence = "appointment";

    public static string Appointment(long number) => "appointment-" + number.ToString(CultureInfo.InvariantCulture);

    public static long AppointmentNumber(string id) => long.Parse(id["appointment-".Length..], CultureInfo.InvariantCulture);

    public static string Technician(string userId) => "technician-" + userId;

    public static string UserOfTechnician(string id) => id["technician-".Length..];

    public static string Id(string userId, DateOnly weekStart) =>
        $"calendar-{userId}-{weekStart.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    /// <summary>The Monday (UTC) starting the week of <paramref name="instant"/>.</summary>
    public static DateOnly WeekOf(DateTimeOffset instant)
    {
        var day = DateOnly.FromDateTime(instant.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>Every week [start, end) touches; an appointment of at most a day touches one or two.</summary>
    public static IReadOnlyList<DateOnly> WeeksOf(DateTimeOffset start, DateTimeOffset end)
    {
        var weeks = new List<DateOnly>();
        var last = WeekOf(end > start ? end.AddTicks(-1) : start);
        for (var week = WeekOf(start); week <= last; week = week.AddDays(7))
        {
            weeks.Add(week);
        }

        return weeks;
    }
}

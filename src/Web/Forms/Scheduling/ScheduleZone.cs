using System.Globalization;

namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>
/// The company's time zone, in which the office reads and types appointment times. Wall-clock times are turned into
/// instants per day, never with one day's offset for another, so times stay right across a daylight-saving change.
/// </summary>
public sealed class ScheduleZone
{
    public ScheduleZone(string? id)
    {
        Zone = Find(id);
        Id = Zone == TimeZoneInfo.Utc ? "UTC" : id!;
    }

    public string Id { get; }

    public TimeZoneInfo Zone { get; }

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(Local(now));

    /// <summary>
    /// The instant the company's clock shows <paramref name="time"/> on <paramref name="day"/>; null for a time the clock
    /// skips (spring forward). A time shown twice (fall back) is the first of the two, as people mean it.
    /// </summary>
    public DateTimeOffset? Instant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>"Wed 2026-03-04 09:00–10:30", or "Wed 2026-03-04 arrives 08:00–12:00" for an arrival window.</summary>
    public string When(DateTimeOffset start, DateTimeOffset end, bool arrivalWindow) =>
        $"{Local(start).ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture)} {Times(start, end, arrivalWindow)}";

    /// <summary>The times without the day: "09:00–10:30", "arrives 08:00–12:00", or the end's day when it is another.</summary>
    public string Times(DateTimeOffset start, DateTimeOffset end, bool arrivalWindow)
    {
        var (from, to) = (Local(start), Local(end));
        var until = to.Date == from.Date ? Time(to) : to.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"{(arrivalWindow ? "arrives " : "")}{Time(from)}–{until}";
    }

    public static string Time(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A typed time: HH:mm, or HH:mm:ss as Blazor hands over the value of a time input.</summary>
    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    private static TimeZoneInfo Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}

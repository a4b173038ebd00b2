namespace SecurityTrax.RecurringInvoices;

/// <summary>Turns a local date and time in an IANA time zone into one UTC instant, using that date's own offset.</summary>
/// <remarks>
/// Every local time gets exactly one instant, the first at which the zone's wall clock shows it or later:
/// <list type="bullet">
/// <item>an ordinary time maps to its only instant;</item>
/// <item>a time shown twice (the hour repeated when clocks fall back) maps to the earlier instant, so a
/// job due then runs once, on the first pass;</item>
/// <item>a time skipped when clocks spring forward maps to the first instant after the gap (02:00 in
/// America/Denver on a spring-forward day is 03:00 daylight time; 02:00 in Australia/Lord_Howe is 02:30;
/// any time on 2011-12-30 in Pacific/Apia, a date Samoa skipped, is midnight of the 31st).</item>
/// </list>
/// Only UTC-to-local conversion is trusted: <see cref="TimeZoneInfo.IsInvalidTime"/> misses gaps made by a
/// change of standard offset (Samoa's skipped day), while converting an instant reads the zone's transitions.
/// The zone is assumed to change its offset at most once within 30 hours around the time asked for.
/// </remarks>
public static class WallClock
{
    // UTC offsets lie within -12:00 and +14:00, so the instant of a local time, and any transition that skips
    // it, is less than 15 hours away from that local time read as UTC.
    private static readonly long RadiusSeconds = (long)TimeSpan.FromHours(15).TotalSeconds;

    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var center = local.Ticks / TimeSpan.TicksPerSecond;
        var before = OffsetAt(center - RadiusSeconds, zone);
        var after = OffsetAt(center + RadiusSeconds, zone);

        // Read with each offset in effect; a reading the zone confirms is a real instant. The larger offset
        // gives the earlier instant, which wins when both are real (a repeated hour).
        foreach (var offset in before >= after ? [before, after] : new[] { after, before })
        {
            var candidate = center - offset;
            if (LocalAt(FromSeconds(candidate), zone) == local)
            {
                return FromSeconds(candidate);
            }
        }

        return FirstInstantShowingAtLeast(local, center, zone);
    }

    /// <summary>The local date and time the zone's wall clock shows at <paramref name="instant"/>.</summary>
    public static DateTime LocalAt(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, zone);

    // `local` was skipped, so the window holds a forward jump over it and no backward one: "the wall clock
    // shows `local` or later" is false before the jump and true from it on, and a binary search over whole
    // seconds (transitions fall on whole seconds) finds the jump.
    private static DateTimeOffset FirstInstantShowingAtLeast(DateTime local, long center, TimeZoneInfo zone)
    {
        var notYet = center - RadiusSeconds;
        var reached = center + RadiusSeconds;
        while (reached - notYet > 1)
        {
            var middle = notYet + ((reached - notYet) / 2);
            if (LocalAt(FromSeconds(middle), zone) >= local)
            {
                reached = middle;
            }
            else
            {
                notYet = middle;
            }
        }

        return FromSeconds(reached);
    }

    // Whole seconds: historic offsets are not always whole minutes, which DateTimeOffset's offset must be.
    private static long OffsetAt(long utcSeconds, TimeZoneInfo zone) =>
        (LocalAt(FromSeconds(utcSeconds), zone).Ticks / TimeSpan.TicksPerSecond) - utcSeconds;

    private static DateTimeOffset FromSeconds(long utcSeconds) => new(utcSeconds * TimeSpan.TicksPerSecond, TimeSpan.Zero);
}

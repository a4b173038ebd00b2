using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Payments;

/// <summary>The processor's daily settlement cut-off: card payments authorised before it settle at it.</summary>
public static class SettlementCutoff
{
    /// <summary>The first cut-off (local time <paramref name="cutoff"/> in <paramref name="zone"/>) strictly after <paramref name="after"/>, DST-safe.</summary>
    public static DateTimeOffset Next(DateTimeOffset after, TimeOnly cutoff, TimeZoneInfo zone)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime).AddDays(-1);
        var at = WallClock.ToInstant(day, cutoff, zone);
        while (at <= after)
        {
            day = day.AddDays(1);
            at = WallClock.ToInstant(day, cutoff, zone);
        }

        return at;
    }
}

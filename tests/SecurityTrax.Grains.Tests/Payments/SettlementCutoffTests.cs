using SecurityTrax.Payments;

namespace SecurityTrax.Grains.Tests.Payments;

/// <summary>The processor's daily cut-off in the company's zone: the first one strictly after a payment succeeded.</summary>
public sealed class SettlementCutoffTests
{
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    [Theory]
    // 10:00 in Denver (UTC-7): tonight's 02:00 is tomorrow's.
    [InlineData("2026-11-26T17:00:00+00:00", "2026-11-27T09:00:00+00:00")]
    // 01:30 in Denver: the cut-off half an hour later, the same night.
    [InlineData("2026-11-27T08:30:00+00:00", "2026-11-27T09:00:00+00:00")]
    // Exactly at a cut-off: that batch has closed, the next one takes it.
    [InlineData("2026-11-27T09:00:00+00:00", "2026-11-28T09:00:00+00:00")]
    // 02:00 does not exist on 2027-03-14 in Denver (clocks go to 03:00 MDT, UTC-6).
    [InlineData("2027-03-13T20:00:00+00:00", "2027-03-14T09:00:00+00:00")]
    // The day after, 02:00 MDT is 08:00 UTC.
    [InlineData("2027-03-14T12:00:00+00:00", "2027-03-15T08:00:00+00:00")]
    public void TheNextCutoffIsTheFirstLocalTwoOClockAfterTheSuccess(string succeeded, string settles)
    {
        var next = SettlementCutoff.Next(DateTimeOffset.Parse(succeeded, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(2, 0), Denver);

        Assert.Equal(DateTimeOffset.Parse(settles, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}

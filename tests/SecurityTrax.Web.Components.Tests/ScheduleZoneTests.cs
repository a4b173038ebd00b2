using SecurityTrax.Web.Forms.Scheduling;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>Typed wall-clock times become instants by that day's own offset (Denver: MST -7, MDT -6).</summary>
public sealed class ScheduleZoneTests
{
    private static readonly ScheduleZone Denver = new("America/Denver");

    [Fact]
    public void NineInTheMorningAfterSpringForwardIsFifteenUtcNotSixteen() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 15, 0, 0, TimeSpan.Zero), Denver.Instant(new DateOnly(2026, 3, 8), new TimeOnly(9, 0)));

    [Fact]
    public void NineInTheMorningAfterFallBackIsSixteenUtc() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 16, 0, 0, TimeSpan.Zero), Denver.Instant(new DateOnly(2026, 11, 1), new TimeOnly(9, 0)));

    [Fact]
    public void ATimeTheClocksSkipHasNoInstantAndATimeShownTwiceIsTheFirst()
    {
        Assert.Null(Denver.Instant(new DateOnly(2026, 3, 8), new TimeOnly(2, 30)));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 7, 30, 0, TimeSpan.Zero), Denver.Instant(new DateOnly(2026, 11, 1), new TimeOnly(1, 30)));
    }

    [Fact]
    public void AVisitAndAnArrivalWindowReadInTheCompanysZone()
    {
        var start = new DateTimeOffset(2026, 3, 4, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal("Wed 2026-03-04 09:00–10:30", Denver.When(start, start.AddMinutes(90), false));
        Assert.Equal("Wed 2026-03-04 arrives 09:00–13:00", Denver.When(start, start.AddHours(4), true));
        Assert.Equal("Wed 2026-03-04 09:00–Thu 2026-03-05 10:00", Denver.When(start, start.AddHours(25), false));
    }

    [Fact]
    public void AnUnknownZoneIsReadAsUtcAndSaysSo()
    {
        var zone = new ScheduleZone("Nowhere/Atlantis");

        Assert.Equal("UTC", zone.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 9, 0, 0, TimeSpan.Zero), zone.Instant(new DateOnly(2026, 3, 8), new TimeOnly(9, 0)));
    }
}

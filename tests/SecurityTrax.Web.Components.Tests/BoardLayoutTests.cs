using SecurityTrax.Web.Api.Scheduling;
using SecurityTrax.Web.Forms.Scheduling;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>Blocks on the dispatch board sit at their wall-clock hours, on the days the clocks change too.</summary>
public sealed class BoardLayoutTests
{
    private static readonly ScheduleZone Denver = new("America/Denver");

    [Fact]
    public void AVisitAtNineOnTheSpringForwardDaySitsInTheNineOClockColumn()
    {
        // 07:00–19:00 is 720 minutes; 09:00 is 120 in (16.667 %), an hour is 8.333 %.
        var layout = new BoardLayout(Denver, new DateOnly(2026, 3, 8), 7, 19);
        var nine = new DateTimeOffset(2026, 3, 8, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(new BlockPlace(16.667, 8.333, false, false), layout.Place(nine, nine.AddHours(1)));
    }

    [Fact]
    public void AVisitAtNineOnTheFallBackDaySitsInTheNineOClockColumn()
    {
        var layout = new BoardLayout(Denver, new DateOnly(2026, 11, 1), 7, 19);
        var nine = new DateTimeOffset(2026, 11, 1, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal(new BlockPlace(16.667, 8.333, false, false), layout.Place(nine, nine.AddHours(1)));
    }

    [Fact]
    public void ABlockIsClippedAtTheShownHoursAndOneOutsideThemIsNotPlaced()
    {
        var layout = new BoardLayout(Denver, new DateOnly(2026, 3, 4), 7, 19);
        var six = new DateTimeOffset(2026, 3, 4, 13, 0, 0, TimeSpan.Zero);

        Assert.Equal(new BlockPlace(0, 8.333, true, false), layout.Place(six, six.AddHours(2)));
        Assert.Null(layout.Place(six.AddHours(-3), six));
        Assert.Equal(new BlockPlace(91.667, 8.333, false, true), layout.Place(six.AddHours(12), six.AddHours(15)));
    }

    [Fact]
    public void TheHoursWidenToTheWorkingHoursThatWeekdayAndToTheDaysAppointments()
    {
        var day = new DateOnly(2026, 3, 4);
        Technician[] technicians =
        [
            new(1, "Early Ed", [new("wednesday", "06:00", "14:00"), new("thursday", "05:00", "20:00")], "America/Denver"),
            new(2, "Late Lu", [new("wednesday", "10:00", "19:30")], "America/Denver"),
        ];
        var late = new DateTimeOffset(2026, 3, 5, 3, 0, 0, TimeSpan.Zero);
        AppointmentSummary[] items = [new(9, 4, "Cy", "service", late, late.AddMinutes(30), false, [2], "scheduled")];

        var layout = BoardLayout.For(Denver, day, technicians, items);

        Assert.Equal((6, 21), (layout.FirstHour, layout.LastHour));
        Assert.True(layout.IsOnDay(items[0]));
        Assert.False(BoardLayout.For(Denver, day.AddDays(1), [], items).IsOnDay(items[0]));
    }
}

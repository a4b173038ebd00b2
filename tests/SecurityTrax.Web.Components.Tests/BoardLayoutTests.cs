using Bunit;
using SecurityTrax.Web.Api.Scheduling;
using SecurityTrax.Web.Forms.Scheduling;
using SecurityTrax.Web.Pages.Schedule;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>
/// The board's hours come from the technicians' working hours that weekday, and blocks sit at their wall-clock hours,
/// on the days the clocks change too.
/// </summary>
public sealed class BoardLayoutTests : BunitContext
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

    [Fact]
    public void TheHoursAreTheDaysWorkingHoursFromTheEarliestStartToTheLatestEnd()
    {
        var wednesday = new DateOnly(2026, 3, 4);
        Technician[] technicians =
        [
            new(1, "Ann", [new("wednesday", "08:30", "15:00"), new("thursday", "05:00", "22:00")], "America/Denver"),
            new(2, "Bo", [new("wednesday", "09:00", "16:15")], "America/Denver"),
            new(3, "Cy", [], "America/Denver"),
        ];

        var layout = BoardLayout.For(Denver, wednesday, technicians, []);

        // 08:30 starts in the 8 o'clock column; 16:15 needs the 16 o'clock column.
        Assert.Equal((8, 17), (layout.FirstHour, layout.LastHour));
    }

    [Fact]
    public void WhenNobodyWorksThatWeekdayTheBoardShowsSevenToSevenWidenedByTheAppointments()
    {
        var sunday = new DateOnly(2026, 3, 8);
        Technician[] technicians = [new(1, "Ann", [new("wednesday", "08:00", "16:00")], "America/Denver")];
        // 20:00–21:00 MDT on the spring-forward Sunday.
        var evening = new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero);
        AppointmentSummary[] items = [new(9, 4, "Cy", "service", evening, evening.AddHours(1), false, [1], "scheduled")];

        Assert.Equal((7, 19), (BoardLayout.For(Denver, sunday, technicians, []).FirstHour, BoardLayout.For(Denver, sunday, technicians, []).LastHour));
        var widened = BoardLayout.For(Denver, sunday, technicians, items);
        Assert.Equal((7, 21), (widened.FirstHour, widened.LastHour));
    }

    [Fact]
    public void AnEarlyAppointmentWidensTheWorkingHours()
    {
        var wednesday = new DateOnly(2026, 3, 4);
        Technician[] technicians = [new(1, "Ann", [new("wednesday", "08:00", "16:00")], "America/Denver")];
        // 06:30–07:30 MST.
        var early = new DateTimeOffset(2026, 3, 4, 13, 30, 0, TimeSpan.Zero);
        AppointmentSummary[] items = [new(9, 4, "Cy", "install", early, early.AddHours(1), false, [1], "scheduled")];

        var layout = BoardLayout.For(Denver, wednesday, technicians, items);

        Assert.Equal((6, 16), (layout.FirstHour, layout.LastHour));
    }

    [Fact]
    public void ARowOfTheCompanysDayHasASlotForEachWorkingHourAndItsBlockInPlace()
    {
        var start = new DateTimeOffset(2026, 3, 4, 16, 0, 0, TimeSpan.Zero);
        AppointmentSummary[] items = [new(9, 4, "Cy", "service", start, start.AddHours(2), false, [1], "scheduled")];
        var day = new CompanyDay("2026-03-04", "America/Denver", start, start.AddDays(1),
            [new TechnicianDay(1, "Ann", items, [new("wednesday", "08:00", "17:00")])]);
        var roster = TechnicianRoster.From(day);
        var layout = BoardLayout.For(roster.Zone, new DateOnly(2026, 3, 4), roster.Technicians, items);

        var row = Render<BoardRow>(p => p.Add(r => r.Technician, roster.Technicians[0]).Add(r => r.Layout, layout).Add(r => r.Items, items));

        Assert.Equal(["8", "9", "10", "11", "12", "13", "14", "15", "16"], row.FindAll(".board-slot").Select(s => s.GetAttribute("data-hour")));
        // 09:00–11:00 MST of 08:00–17:00: one ninth in, two ninths wide.
        Assert.Equal("left: 11.111%; width: 22.222%;", row.Find("[data-appointment-id='9']").GetAttribute("style"));
    }
}

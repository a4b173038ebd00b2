using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Grains.Tests.RecurringInvoices;

/// <summary>Worked examples of <see cref="RecurrenceSchedule"/> with exact dates and instants.</summary>
public sealed class RecurrenceScheduleExampleTests
{
    private static RecurrenceSchedule Schedule(string first, int interval, RecurrenceUnit unit, int count, string zone = "America/Denver") =>
        RecurrenceSchedule.Create(new RecurrenceRule(DateOnly.Parse(first), interval, unit, count), zone);

    private static DateOnly[] Dates(params string[] dates) => [.. dates.Select(DateOnly.Parse)];

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant + "Z");

    [Fact]
    public void MonthlyFromJanuary31KeepsTheMonthEnd()
    {
        var schedule = Schedule("2027-01-31", 1, RecurrenceUnit.Months, 14);

        Assert.Equal(
            Dates("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30", "2027-07-31",
                "2027-08-31", "2027-09-30", "2027-10-31", "2027-11-30", "2027-12-31", "2028-01-31", "2028-02-29"),
            schedule.Occurrences().Select(o => o.Date));
        Assert.Equal(DateOnly.Parse("2028-02-29"), schedule.FinalDate);
    }

    [Fact]
    public void QuarterlyFromNovember30StaysOnThe30th()
    {
        var schedule = Schedule("2026-11-30", 3, RecurrenceUnit.Months, 4);

        Assert.Equal(Dates("2026-11-30", "2027-02-28", "2027-05-30", "2027-08-30"), schedule.Occurrences().Select(o => o.Date));
    }

    [Fact]
    public void YearlyFromALeapDayReturnsToFebruary29InLeapYears()
    {
        var schedule = Schedule("2024-02-29", 1, RecurrenceUnit.Years, 5);

        Assert.Equal(Dates("2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"), schedule.Occurrences().Select(o => o.Date));
    }

    [Fact]
    public void EveryTwoWeeksStepsFourteenDays()
    {
        var schedule = Schedule("2027-12-20", 2, RecurrenceUnit.Weeks, 3);

        Assert.Equal(Dates("2027-12-20", "2028-01-03", "2028-01-17"), schedule.Occurrences().Select(o => o.Date));
    }

    [Fact]
    public void DenverSpringForwardDayIsDueAtThreeDaylightTime()
    {
        // 2027-03-14: clocks go from 02:00 MST straight to 03:00 MDT, so 02:00 does not exist.
        var schedule = Schedule("2027-03-13", 1, RecurrenceUnit.Days, 3);

        Assert.Equal(
            [Utc("2027-03-13T09:00:00"), Utc("2027-03-14T09:00:00"), Utc("2027-03-15T08:00:00")],
            schedule.Occurrences().Select(o => o.DueAt));
        Assert.Equal(new DateTime(2027, 3, 14, 3, 0, 0), WallClock.LocalAt(schedule.DueAt(1), schedule.TimeZone));
    }

    [Fact]
    public void DenverFallBackDayIsDueAtTwoStandardTime()
    {
        // 2027-11-07: clocks go from 02:00 MDT back to 01:00 MST; 02:00 itself happens once, in MST.
        var schedule = Schedule("2027-11-06", 1, RecurrenceUnit.Days, 3);

        Assert.Equal(
            [Utc("2027-11-06T08:00:00"), Utc("2027-11-07T09:00:00"), Utc("2027-11-08T09:00:00")],
            schedule.Occurrences().Select(o => o.DueAt));
    }

    [Fact]
    public void NewYorkSpringForwardDayIsDueAtThreeDaylightTime()
    {
        var schedule = Schedule("2027-03-14", 1, RecurrenceUnit.Days, 2, "America/New_York");

        Assert.Equal([Utc("2027-03-14T07:00:00"), Utc("2027-03-15T06:00:00")], schedule.Occurrences().Select(o => o.DueAt));
    }

    [Fact]
    public void ARepeatedTwoOClockIsDueTheFirstTime()
    {
        // Berlin 2027-10-31: 03:00 CEST falls back to 02:00 CET, so 02:00 happens at 00:00Z and again at 01:00Z.
        var schedule = Schedule("2027-10-31", 1, RecurrenceUnit.Days, 1, "Europe/Berlin");

        Assert.Equal(Utc("2027-10-31T00:00:00"), schedule.DueAt(0));
    }

    [Fact]
    public void ASkippedTwoOClockIsDueRightAfterTheGapEvenWhenTheGapIsHalfAnHour()
    {
        // Lord Howe Island 2027-10-03: 02:00 (+10:30) jumps to 02:30 (+11:00).
        var schedule = Schedule("2027-10-03", 1, RecurrenceUnit.Days, 1, "Australia/Lord_Howe");

        Assert.Equal(Utc("2027-10-02T15:30:00"), schedule.DueAt(0));
        Assert.Equal(new DateTime(2027, 10, 3, 2, 30, 0), WallClock.LocalAt(schedule.DueAt(0), schedule.TimeZone));
    }

    [Fact]
    public void ADateTheZoneSkippedEntirelyIsDueWhenTheNextDayBegins()
    {
        // Samoa moved across the date line: 2011-12-29 24:00 (-10:00) became 2011-12-31 00:00 (+14:00).
        var schedule = Schedule("2011-12-29", 1, RecurrenceUnit.Days, 3, "Pacific/Apia");

        Assert.Equal(
            [Utc("2011-12-29T12:00:00"), Utc("2011-12-30T10:00:00"), Utc("2011-12-30T12:00:00")],
            schedule.Occurrences().Select(o => o.DueAt));
    }

    [Fact]
    public void AfterDowntimeEveryMissedOccurrenceIsDueInOrder()
    {
        var schedule = Schedule("2027-01-31", 1, RecurrenceUnit.Months, 12);

        // April 30 02:00 MDT is 08:00Z; the silo comes back one second before and at that instant.
        Assert.Equal(Dates("2027-02-28", "2027-03-31"), schedule.DueBy(Utc("2027-04-30T07:59:59"), fromIndex: 1).Select(o => o.Date));
        Assert.Equal(Dates("2027-02-28", "2027-03-31", "2027-04-30"), schedule.DueBy(Utc("2027-04-30T08:00:00"), fromIndex: 1).Select(o => o.Date));
        Assert.Equal(new RecurrenceOccurrence(4, DateOnly.Parse("2027-05-31"), Utc("2027-05-31T08:00:00")), schedule.NextAfter(Utc("2027-04-30T08:00:00")));
    }

    [Fact]
    public void NothingIsDueBeforeTheFirstOccurrenceAndNothingIsNextAfterTheLast()
    {
        var schedule = Schedule("2027-01-31", 1, RecurrenceUnit.Months, 2);

        Assert.Empty(schedule.DueBy(Utc("2027-01-31T08:59:59")));
        Assert.Equal(2, schedule.CountDueBy(Utc("2030-01-01T00:00:00")));
        Assert.Null(schedule.NextAfter(Utc("2027-02-28T09:00:00")));
    }

    [Fact]
    public void IndexesOutsideTheScheduleAreRejected()
    {
        var schedule = Schedule("2027-01-31", 1, RecurrenceUnit.Months, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.DateOf(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.DueAt(-1));
    }
}

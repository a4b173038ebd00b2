using SecurityTrax.Scheduling;

namespace SecurityTrax.Grains.Tests.Scheduling;

/// <summary>Working hours, time off and calendar weeks as pure rules: no cluster needed.</summary>
public sealed class AvailabilityTests
{
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    private static readonly WorkingHours[] Sundays = [new(DayOfWeek.Sunday, new TimeOnly(8, 0), new TimeOnly(17, 0))];

    [Fact]
    public void HoursOnTheDayClocksSpringForwardUseThatDaysOffset()
    {
        // 14 March 2027: Denver is on MST (-7) until 02:00 and on MDT (-6) after, so 08:00–17:00 is 14:00Z–23:00Z.
        var inside = Availability.Check("7", Sundays, [], Denver, Utc("2027-03-14T14:00:00"), Utc("2027-03-14T23:00:00"));
        var late = Availability.Check("7", Sundays, [], Denver, Utc("2027-03-14T22:30:00"), Utc("2027-03-14T23:30:00"));

        Assert.Empty(inside);
        var clash = Assert.Single(late);
        Assert.Equal((ClashKind.OutsideWorkingHours, Utc("2027-03-14T14:00:00"), Utc("2027-03-14T23:00:00")), (clash.Kind, clash.Start, clash.End));
    }

    [Fact]
    public void TimeOffCoversItsLocalDaysWithTheirOwnOffsets()
    {
        TimeOffDetails[] off = [new(1, new DateOnly(2027, 3, 14), new DateOnly(2027, 3, 14), "Dentist")];

        var clash = Assert.Single(Availability.Check("7", [], off, Denver, Utc("2027-03-14T18:00:00"), Utc("2027-03-14T19:00:00")));
        var dayAfter = Availability.Check("7", [], off, Denver, Utc("2027-03-15T06:00:00"), Utc("2027-03-15T07:00:00"));

        Assert.Equal((ClashKind.TimeOff, Utc("2027-03-14T07:00:00"), Utc("2027-03-15T06:00:00"), "Time off: Dentist"), (clash.Kind, clash.Start, clash.End, clash.Reason));
        Assert.Empty(dayAfter);
    }

    [Fact]
    public void AnAppointmentAcrossMidnightSundayUtcTouchesTwoCalendarWeeks()
    {
        Assert.Equal([new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 15)], CalendarKeys.WeeksOf(Utc("2027-03-14T23:00:00"), Utc("2027-03-15T01:00:00")));
        Assert.Equal([new DateOnly(2027, 3, 8)], CalendarKeys.WeeksOf(Utc("2027-03-14T23:00:00"), Utc("2027-03-15T00:00:00")));
    }

    private static DateTimeOffset Utc(string at) => DateTimeOffset.Parse(at + "Z", System.Globalization.CultureInfo.InvariantCulture);
}

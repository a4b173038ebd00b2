using SecurityTrax.Errors;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Grains.Tests.RecurringInvoices;

public sealed class RecurrenceRulesTests
{
    private static readonly DateOnly January31 = new(2027, 1, 31);

    [Fact]
    public void AValidRuleHasNoErrors()
    {
        Assert.Empty(RecurrenceRules.Validate(new RecurrenceRule(January31, 1, RecurrenceUnit.Months, RecurrenceRules.MaxCount), "America/Denver"));
    }

    [Fact]
    public void EveryProblemIsReportedWithItsField()
    {
        var errors = RecurrenceRules.Validate(new RecurrenceRule(new DateOnly(1899, 12, 31), 0, (RecurrenceUnit)9, 0), "Mars/Olympus_Mons");

        Assert.Equal(["firstDate", "interval", "unit", "count", "timeZone"], errors.Select(e => e.Field));
        Assert.Equal("'Mars/Olympus_Mons' is not an IANA time zone (for example America/Denver).", errors[^1].Reason);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(RecurrenceRules.MaxInterval + 1, 1)]
    [InlineData(1, 0)]
    [InlineData(1, RecurrenceRules.MaxCount + 1)]
    public void IntervalAndCountMustBeInRange(int interval, int count)
    {
        var error = Assert.Single(RecurrenceRules.Validate(new RecurrenceRule(January31, interval, RecurrenceUnit.Days, count), "America/Denver"));

        Assert.Equal(interval == 1 ? "count" : "interval", error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    [InlineData("Mountain Standard Time")]
    [InlineData("America/Atlantis")]
    public void OnlyIanaZoneIdsAreAccepted(string? zone)
    {
        Assert.Equal("timeZone", Assert.Single(RecurrenceRules.Validate(new RecurrenceRule(January31, 1, RecurrenceUnit.Days, 1), zone)).Field);
    }

    [Theory]
    [InlineData(RecurrenceUnit.Years, 9000, 10, 101)]
    [InlineData(RecurrenceUnit.Months, 9999, 12, 2)]
    [InlineData(RecurrenceUnit.Weeks, 9999, 999, 2)]
    public void ASchedulePastTheYear9999IsRejected(RecurrenceUnit unit, int year, int interval, int count)
    {
        var error = Assert.Single(RecurrenceRules.Validate(new RecurrenceRule(new DateOnly(year, 1, 31), interval, unit, count), "America/Denver"));

        Assert.Equal(new FieldError("count", "The schedule would run past the year 9999."), error);
    }

    [Fact]
    public void AScheduleEndingOnTheLastRepresentableDayIsAccepted()
    {
        var schedule = RecurrenceSchedule.Create(new RecurrenceRule(new DateOnly(9999, 12, 30), 1, RecurrenceUnit.Days, 2), "Pacific/Kiritimati");

        Assert.Equal(DateOnly.MaxValue, schedule.FinalDate);
        Assert.Equal(new DateTimeOffset(9999, 12, 30, 12, 0, 0, TimeSpan.Zero), schedule.DueAt(1));
    }

    [Fact]
    public void CreatingAScheduleFromAnInvalidRuleThrowsOneValidationError()
    {
        var error = Assert.Throws<SecurityTraxException>(
            () => RecurrenceSchedule.Create(new RecurrenceRule(January31, 0, RecurrenceUnit.Months, 0), "Nowhere/Special"));

        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Equal(["interval", "count", "timeZone"], error.Fields.Select(f => f.Field));
    }
}

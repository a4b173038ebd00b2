using CsCheck;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Grains.Tests.RecurringInvoices;

/// <summary>Properties of <see cref="RecurrenceSchedule"/> over random anchors, intervals, counts and zones.</summary>
public sealed class RecurrenceScheduleTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private static readonly Gen<DateOnly> Anchors = Gen.DateOnly[new DateOnly(1970, 1, 1), new DateOnly(2100, 12, 31)];

    // Month ends are where anchoring goes wrong; draw them often.
    private static readonly Gen<DateOnly> MonthEndAnchors =
        Gen.Select(Gen.Int[1970, 2100], Gen.Int[1, 12], Gen.Int[0, 3])
            .Select((year, month, back) => new DateOnly(year, month, Math.Max(1, DateTime.DaysInMonth(year, month) - back)));

    private static readonly Gen<string> DstZones = Gen.OneOf("America/Denver", "America/New_York");

    private static readonly Gen<string> AnyZones = Gen.OneOf(
        "America/Denver", "America/New_York", "America/Phoenix", "Europe/Berlin",
        "Australia/Lord_Howe", "Pacific/Auckland", "Asia/Kolkata", "Pacific/Apia");

    private static Gen<(RecurrenceRule Rule, string Zone)> Rules(
        RecurrenceUnit unit, Gen<DateOnly>? anchors = null, Gen<string>? zones = null, int maxInterval = 24, int maxCount = 60) =>
        Gen.Select(anchors ?? Anchors, Gen.Int[1, maxInterval], Gen.Int[1, maxCount], zones ?? AnyZones)
            .Select((first, interval, count, zone) => (new RecurrenceRule(first, interval, unit, count), zone));

    private static RecurrenceSchedule Schedule(RecurrenceRule rule, string zone) => RecurrenceSchedule.Create(rule, zone);

    [Fact]
    public void MonthlyOccurrencesKeepTheAnchorDayClampedToTheMonthLength()
    {
        Gen.OneOf(Anchors, MonthEndAnchors).SelectMany(a => Rules(RecurrenceUnit.Months, Gen.Const(a))).Sample((rule, zone) =>
        {
            foreach (var occurrence in Schedule(rule, zone).Occurrences())
            {
                var months = (rule.FirstDate.Year * 12) + rule.FirstDate.Month - 1 + (occurrence.Index * rule.Interval);
                var (year, month) = (months / 12, (months % 12) + 1);
                var expected = new DateOnly(year, month, Math.Min(rule.FirstDate.Day, DateTime.DaysInMonth(year, month)));
                Assert.Equal(expected, occurrence.Date);
            }
        });
    }

    [Fact]
    public void YearlyOccurrencesKeepTheAnchorDayIncludingLeapDays()
    {
        var leapDays = Gen.Int[1972, 2096].Where(DateTime.IsLeapYear).Select(y => new DateOnly(y, 2, 29));
        Gen.OneOf(Anchors, MonthEndAnchors, leapDays).SelectMany(a => Rules(RecurrenceUnit.Years, Gen.Const(a), maxInterval: 8, maxCount: 30))
            .Sample((rule, zone) =>
            {
                foreach (var occurrence in Schedule(rule, zone).Occurrences())
                {
                    var year = rule.FirstDate.Year + (occurrence.Index * rule.Interval);
                    var month = rule.FirstDate.Month;
                    var expected = new DateOnly(year, month, Math.Min(rule.FirstDate.Day, DateTime.DaysInMonth(year, month)));
                    Assert.Equal(expected, occurrence.Date);
                }
            });
    }

    [Theory]
    [InlineData(RecurrenceUnit.Days, 1)]
    [InlineData(RecurrenceUnit.Weeks, 7)]
    public void DayAndWeekOccurrencesAreWholeStepsFromTheAnchor(RecurrenceUnit unit, int daysPerUnit)
    {
        Rules(unit, maxInterval: 60).Sample((rule, zone) =>
        {
            foreach (var occurrence in Schedule(rule, zone).Occurrences())
            {
                Assert.Equal(occurrence.Index * rule.Interval * daysPerUnit, occurrence.Date.DayNumber - rule.FirstDate.DayNumber);
            }
        });
    }

    [Fact]
    public void OccurrencesAreNumberedInOrderAndEndOnTheFinalDate()
    {
        var anyRule = Gen.Enum<RecurrenceUnit>().SelectMany(unit => Rules(unit));
        anyRule.Sample((rule, zone) =>
        {
            var schedule = Schedule(rule, zone);
            var occurrences = schedule.Occurrences().ToList();

            Assert.Equal(Enumerable.Range(0, rule.Count), occurrences.Select(o => o.Index));
            Assert.Equal(rule.FirstDate, occurrences[0].Date);
            Assert.Equal(schedule.FinalDate, occurrences[^1].Date);
            Assert.All(occurrences.Zip(occurrences.Skip(1)), pair =>
            {
                Assert.True(pair.First.Date < pair.Second.Date);
                Assert.True(pair.First.DueAt < pair.Second.DueAt);
            });
        });
    }

    [Fact]
    public void EachOccurrenceIsDueAtTheFirstInstantItsDateShowsTwoOClockOrLater()
    {
        // The definition itself, checked against the zone's own clock: at the instant the wall clock shows 02:00
        // of that date or later (but not yet 02:00 the next day), and one second before it showed an earlier
        // time, so a repeated 02:00 is taken the first time and a skipped one right after the gap.
        var anyRule = Gen.Enum<RecurrenceUnit>().SelectMany(unit => Rules(unit, maxInterval: 12));
        var dailyAroundSamoasSkippedDay = Rules(
            RecurrenceUnit.Days, Gen.DateOnly[new DateOnly(2011, 1, 1), new DateOnly(2012, 12, 31)], maxInterval: 2, maxCount: 400);
        Gen.OneOf(anyRule, dailyAroundSamoasSkippedDay).Sample((rule, zone) =>
        {
            var schedule = Schedule(rule, zone);
            foreach (var occurrence in schedule.Occurrences())
            {
                var twoOClock = occurrence.Date.ToDateTime(RecurrenceSchedule.DueTime);
                var shown = WallClock.LocalAt(occurrence.DueAt, schedule.TimeZone);
                Assert.True(shown >= twoOClock && shown < twoOClock.AddDays(1), $"{occurrence} shows {shown:O}");
                Assert.True(WallClock.LocalAt(occurrence.DueAt - OneSecond, schedule.TimeZone) < twoOClock, $"{occurrence} is not the first instant");
                Assert.Equal(TimeSpan.Zero, occurrence.DueAt.Offset);
            }
        });
    }

    [Fact]
    public void InUsZonesOccurrencesAreDueAtTwoLocalOrAtThreeOnSpringForwardDaysOnly()
    {
        var everyDayOrSo = Rules(RecurrenceUnit.Days, zones: DstZones, maxInterval: 3, maxCount: 400);
        everyDayOrSo.Sample((rule, zone) =>
        {
            var schedule = Schedule(rule, zone);
            foreach (var occurrence in schedule.Occurrences())
            {
                var shown = WallClock.LocalAt(occurrence.DueAt, schedule.TimeZone);
                var expected = SpringsForward(occurrence.Date, schedule.TimeZone) ? new TimeOnly(3, 0) : new TimeOnly(2, 0);
                Assert.Equal(occurrence.Date.ToDateTime(expected), shown);
            }
        }, iter: 200);
    }

    [Fact]
    public void OccurrencesDueByAnInstantAreExactlyThoseAtOrBeforeIt()
    {
        var rulesAndMoments = Gen.Enum<RecurrenceUnit>()
            .SelectMany(unit => Rules(unit, maxInterval: 6, maxCount: 40))
            .SelectMany(r => Gen.Double[-0.1, 1.1].Select(at => (r.Rule, r.Zone, at)));
        rulesAndMoments.Sample((rule, zone, at) =>
        {
            var schedule = Schedule(rule, zone);
            var occurrences = schedule.Occurrences().ToList();
            var span = occurrences[^1].DueAt - occurrences[0].DueAt + TimeSpan.FromDays(2);
            var now = occurrences[0].DueAt - TimeSpan.FromDays(1) + (span * at);

            var due = schedule.CountDueBy(now);

            Assert.Equal(occurrences.Count(o => o.DueAt <= now), due);
            Assert.Equal(occurrences.Take(due), schedule.DueBy(now));
            Assert.Equal(due < rule.Count ? occurrences[due] : null, schedule.NextAfter(now));
            var handled = due / 2;
            Assert.Equal(occurrences.Skip(handled).Take(due - handled), schedule.DueBy(now, handled));
        });
    }

    [Fact]
    public void AnOccurrenceIsDueFromItsOwnInstantOn()
    {
        Gen.Enum<RecurrenceUnit>().SelectMany(unit => Rules(unit, maxCount: 30)).Sample((rule, zone) =>
        {
            var schedule = Schedule(rule, zone);
            foreach (var occurrence in schedule.Occurrences())
            {
                Assert.Equal(occurrence.Index + 1, schedule.CountDueBy(occurrence.DueAt));
                Assert.Equal(occurrence.Index, schedule.CountDueBy(occurrence.DueAt - TimeSpan.FromTicks(1)));
            }
        });
    }

    // Independent of the code under test: the zone's offset late in the day is larger than just after midnight.
    private static bool SpringsForward(DateOnly date, TimeZoneInfo zone) =>
        zone.GetUtcOffset(date.ToDateTime(new TimeOnly(23, 59))) > zone.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue));
}

using SecurityTrax.Errors;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// The occurrences of a recurring invoice (DESIGN §5): their tenant-local dates and the UTC instants they fall
/// due, at 02:00 local time on each date (see <see cref="WallClock"/> for days on which 02:00 is skipped or
/// repeated).
/// </summary>
/// <remarks>
/// Occurrence k is always computed from the anchor (<see cref="RecurrenceRule.FirstDate"/>), never from the
/// occurrence before it, so month and year steps keep the anchor's day where the month has it and fall back to
/// the month's last day where it does not: Jan 31 → Feb 28 (29) → Mar 31 → Apr 30; Feb 29 → Feb 28 → … → Feb 29.
/// Dates and instants both strictly increase with k.
/// </remarks>
public sealed class RecurrenceSchedule
{
    /// <summary>The local time of day at which an occurrence falls due.</summary>
    public static readonly TimeOnly DueTime = new(2, 0);

    private RecurrenceSchedule(RecurrenceRule rule, TimeZoneInfo timeZone)
    {
        Rule = rule;
        TimeZone = timeZone;
    }

    public RecurrenceRule Rule { get; }

    public TimeZoneInfo TimeZone { get; }

    public int Count => Rule.Count;

    public DateOnly FirstDate => Rule.FirstDate;

    public DateOnly FinalDate => DateOf(Count - 1);

    /// <summary>Validates the rule and the zone; throws a validation <see cref="SecurityTraxException"/> listing every problem.</summary>
    public static RecurrenceSchedule Create(RecurrenceRule rule, string timeZoneId)
    {
        SecurityTraxException.ThrowIfAny(RecurrenceRules.Validate(rule, timeZoneId));
        RecurrenceRules.TryFindTimeZone(timeZoneId, out var zone);
        return new RecurrenceSchedule(rule, zone!);
    }

    public DateOnly DateOf(int index)
    {
        CheckIndex(index);
        var steps = index * Rule.Interval;

        // AddMonths and AddYears clamp to the last day of a shorter month, which is the anchoring rule.
        return Rule.Unit switch
        {
            RecurrenceUnit.Days => FirstDate.AddDays(steps),
            RecurrenceUnit.Weeks => FirstDate.AddDays(steps * 7),
            RecurrenceUnit.Months => FirstDate.AddMonths(steps),
            RecurrenceUnit.Years => FirstDate.AddYears(steps),
            _ => throw new InvalidOperationException($"Unknown recurrence unit {Rule.Unit}."),
        };
    }

    /// <summary>The UTC instant occurrence <paramref name="index"/> falls due.</summary>
    public DateTimeOffset DueAt(int index) => WallClock.ToInstant(DateOf(index), DueTime, TimeZone);

    public RecurrenceOccurrence OccurrenceAt(int index) => new(index, DateOf(index), DueAt(index));

    public IEnumerable<RecurrenceOccurrence> Occurrences() => Enumerable.Range(0, Count).Select(OccurrenceAt);

    /// <summary>How many occurrences are due at <paramref name="now"/>: those with indexes 0 … n−1, whose instants are ≤ now.</summary>
    public int CountDueBy(DateTimeOffset now)
    {
        // Instants strictly increase with the index, so the due ones are a prefix.
        int due = 0, notDue = Count;
        while (due < notDue)
        {
            var middle = due + ((notDue - due) / 2);
            if (DueAt(middle) <= now)
            {
                due = middle + 1;
            }
            else
            {
                notDue = middle;
            }
        }

        return due;
    }

    /// <summary>
    /// The occurrences from <paramref name="fromIndex"/> on that are due at <paramref name="now"/>: after downtime,
    /// every occurrence missed since the last one handled, in order.
    /// </summary>
    public IEnumerable<RecurrenceOccurrence> DueBy(DateTimeOffset now, int fromIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromIndex);
        var due = CountDueBy(now);
        return Enumerable.Range(fromIndex, Math.Max(0, due - fromIndex)).Select(OccurrenceAt);
    }

    /// <summary>The first occurrence not yet due at <paramref name="now"/>, or null when the schedule is complete.</summary>
    public RecurrenceOccurrence? NextAfter(DateTimeOffset now)
    {
        var due = CountDueBy(now);
        return due < Count ? OccurrenceAt(due) : null;
    }

    private void CheckIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
    }
}

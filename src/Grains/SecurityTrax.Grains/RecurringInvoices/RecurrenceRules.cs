using System.Diagnostics.CodeAnalysis;
using SecurityTrax.Errors;

namespace SecurityTrax.RecurringInvoices;

/// <summary>Limits and validation for recurrence rules; all errors of one rule are reported together.</summary>
public static class RecurrenceRules
{
    /// <summary>At most this many occurrences per schedule (83 years of monthly invoices).</summary>
    public const int MaxCount = 1000;

    public const int MaxInterval = 999;

    /// <summary>Time zone data before 1900 is mostly local mean time; no invoice is dated that early.</summary>
    public static readonly DateOnly EarliestFirstDate = new(1900, 1, 1);

    public static List<FieldError> Validate(RecurrenceRule rule, string? timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var errors = new List<FieldError>();
        if (rule.FirstDate < EarliestFirstDate)
        {
            errors.Add(new FieldError("firstDate", $"The first date must be {EarliestFirstDate:yyyy-MM-dd} or later."));
        }

        if (rule.Interval is < 1 or > MaxInterval)
        {
            errors.Add(new FieldError("interval", $"The interval must be a whole number from 1 to {MaxInterval}."));
        }

        if (!Enum.IsDefined(rule.Unit))
        {
            errors.Add(new FieldError("unit", "The unit must be days, weeks, months or years."));
        }

        if (rule.Count is < 1 or > MaxCount)
        {
            errors.Add(new FieldError("count", $"The number of occurrences must be from 1 to {MaxCount}."));
        }
        else if (errors.Count == 0 && !EndsWithinCalendar(rule))
        {
            errors.Add(new FieldError("count", "The schedule would run past the year 9999."));
        }

        if (!TryFindTimeZone(timeZoneId, out _))
        {
            errors.Add(new FieldError("timeZone", $"'{timeZoneId}' is not an IANA time zone (for example America/Denver)."));
        }

        return errors;
    }

    /// <summary>The IANA zone with this id; Windows ids and unknown names are not accepted.</summary>
    public static bool TryFindTimeZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id)
            || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found)
            || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    private static bool EndsWithinCalendar(RecurrenceRule rule)
    {
        long steps = (long)(rule.Count - 1) * rule.Interval;
        var first = rule.FirstDate;
        var max = DateOnly.MaxValue;
        return rule.Unit switch
        {
            RecurrenceUnit.Days => first.DayNumber + steps <= max.DayNumber,
            RecurrenceUnit.Weeks => first.DayNumber + (steps * 7) <= max.DayNumber,
            RecurrenceUnit.Months => (first.Year * 12L) + first.Month - 1 + steps <= (max.Year * 12L) + max.Month - 1,
            RecurrenceUnit.Years => first.Year + steps <= max.Year,
            _ => false,
        };
    }
}

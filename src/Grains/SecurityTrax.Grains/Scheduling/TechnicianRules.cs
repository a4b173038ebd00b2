using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Scheduling;

/// <summary>Checks and cleans a technician's skills, notes, working hours and time off.</summary>
public static class TechnicianRules
{
    public const int MaxSkills = 20;
    public const int MaxTimeOff = 200;

    public static TechnicianInput Normalize(TechnicianInput input, List<FieldError> errors)
    {
        var skills = new List<string>();
        var given = input.Skills ?? [];
        if (given.Length > MaxSkills)
        {
            errors.Add(new FieldError("skills", $"At most {MaxSkills} skills."));
        }

        for (var i = 0; i < given.Length; i++)
        {
            var skill = FieldChecks.Text(errors, $"skills[{i}]", given[i], 40, required: true);
            if (skill is not null && !skills.Contains(skill, StringComparer.OrdinalIgnoreCase))
            {
                skills.Add(skill);
            }
        }

        var notes = FieldChecks.Text(errors, "notes", input.Notes, 2000);
        var hours = input.WorkingHours ?? [];
        for (var i = 0; i < hours.Length; i++)
        {
            if (!Enum.IsDefined(hours[i].Day))
            {
                errors.Add(new FieldError($"workingHours[{i}].day", "Use a weekday name (monday … sunday)."));
            }
            else if (hours[..i].Any(h => h.Day == hours[i].Day))
            {
                errors.Add(new FieldError($"workingHours[{i}].day", $"{hours[i].Day} is listed twice; give each weekday one span."));
            }

            if (hours[i].End <= hours[i].Start)
            {
                errors.Add(new FieldError($"workingHours[{i}].end", "The end is not after the start."));
            }
        }

        return new TechnicianInput([.. skills], notes, [.. hours.OrderBy(h => ((int)h.Day + 6) % 7)]);
    }

    /// <summary>Checks new time off; overlapping earlier time off is refused naming it.</summary>
    public static string? Check(TimeOffInput input, IReadOnlyList<TimeOffDetails> existing, List<FieldError> errors)
    {
        var reason = FieldChecks.Text(errors, "reason", input.Reason, 200, required: true);
        if (input.To < input.From)
        {
            errors.Add(new FieldError("to", "The last day is before the first day."));
            return reason;
        }

        if (existing.Count >= MaxTimeOff)
        {
            errors.Add(new FieldError("from", $"At most {MaxTimeOff} time-off entries; remove old ones first."));
        }

        foreach (var other in existing.Where(o => o.From <= input.To && input.From <= o.To))
        {
            errors.Add(new FieldError("from", $"Overlaps time off {other.Id} ({Date(other.From)} to {Date(other.To)})."));
        }

        return reason;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>Reads technician requests into grain inputs; a time or date that does not parse is named by its JSON path.</summary>
public static class TechnicianInputs
{
    public static WorkingHours[]? Hours(WorkingHoursDto[]? hours, RequestErrors errors)
    {
        if (hours is null)
        {
            return null;
        }

        var read = new List<WorkingHours>();
        for (var i = 0; i < hours.Length; i++)
        {
            var day = errors.Required(hours[i].Day, $"workingHours[{i}].day");
            var start = Time(hours[i].Start, $"workingHours[{i}].start", errors);
            var end = Time(hours[i].End, $"workingHours[{i}].end", errors);
            read.Add(new WorkingHours(day, start, end));
        }

        return [.. read];
    }

    public static TimeOffInput TimeOff(TimeOffRequest request, RequestErrors errors) => new(
        Date(errors.Required(request.From, "from"), "from", errors),
        Date(errors.Required(request.To, "to"), "to", errors),
        errors.Required(request.Reason, "reason"));

    private static TimeOnly Time(string? value, string field, RequestErrors errors)
    {
        if (value is null)
        {
            errors.Add(field, "This field is required.");
            return default;
        }

        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, $"'{value}' is not a time (HH:mm).");
        return default;
    }

    private static DateOnly Date(string? value, string field, RequestErrors errors) =>
        value is null ? default : Tickets.NotesApi.ParseDate(value, errors, field) ?? default;
}

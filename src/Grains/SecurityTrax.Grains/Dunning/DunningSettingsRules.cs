using SecurityTrax.Errors;

namespace SecurityTrax.Dunning;

/// <summary>What makes dunning settings valid, field by field.</summary>
public static class DunningSettingsRules
{
    public static List<FieldError> Check(DunningSettings s)
    {
        var errors = new List<FieldError>();
        var days = s.RetryDays ?? [];
        if (days.Length is 0 or > IDunningSettingsGrain.MaxRetries)
        {
            errors.Add(new FieldError("retryDays", $"Give 1 to {IDunningSettingsGrain.MaxRetries} retries."));
        }
        else if (days.Any(d => d is < 0 or > IDunningSettingsGrain.MaxDays))
        {
            errors.Add(new FieldError("retryDays", $"Each retry is 0 to {IDunningSettingsGrain.MaxDays} days after the due date."));
        }
        else if (days.Zip(days.Skip(1)).Any(p => p.Second <= p.First))
        {
            errors.Add(new FieldError("retryDays", "List the retries in rising order, one per day at most."));
        }

        if (s.NoticeDaysBefore is < 0 or > IDunningSettingsGrain.MaxDays)
        {
            errors.Add(new FieldError("noticeDaysBefore", $"Use 0 to {IDunningSettingsGrain.MaxDays} days."));
        }

        if (s.TicketAssigneeId is { Length: 0 or > 64 })
        {
            errors.Add(new FieldError("ticketAssigneeId", "Name a user of the company, or leave it out."));
        }

        return errors;
    }
}

using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Messages.Campaigns;

public static class CampaignRules
{
    public const int MaxNameLength = 120;
    private static readonly TimeSpan LatestStart = TimeSpan.FromDays(366);

    public static List<FieldError> Check(CampaignInput input, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            errors.Add(new FieldError("name", $"A name of 1 to {MaxNameLength} characters is required."));
        }

        FieldChecks.NoCardNumber(errors, "name", name);
        FieldChecks.NoCardNumber(errors, "audience.tag", input.Audience?.Tag);
        var audience = input.Audience;
        if (audience is null || (audience.CustomerIds is null && string.IsNullOrWhiteSpace(audience.Tag) && audience.Stage is null))
        {
            errors.Add(new FieldError("audience", "Choose recipients: a tag, a stage, or a list of customers."));
        }
        else if (audience.CustomerIds is { } ids && (ids.Length is 0 or > CampaignGrain.MaxListedRecipients || ids.Any(id => id <= 0)))
        {
            errors.Add(new FieldError("audience.customerIds", $"List 1 to {CampaignGrain.MaxListedRecipients} customer numbers."));
        }

        if (input.SendAt is { } at && (at < now.AddMinutes(-1) || at > now + LatestStart))
        {
            errors.Add(new FieldError("sendAt", "Choose a time from now to a year ahead, or leave it out to send at once."));
        }

        return errors;
    }

    public static CampaignAudience Normalize(CampaignAudience audience) =>
        audience.CustomerIds is { } ids
            ? new CampaignAudience(null, null, [.. ids.Distinct()])
            : new CampaignAudience(string.IsNullOrWhiteSpace(audience.Tag) ? null : audience.Tag.Trim(), audience.Stage, null);
}

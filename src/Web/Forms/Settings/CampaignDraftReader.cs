using System.Globalization;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Api.Settings;

namespace SecurityTrax.Web.Forms.Settings;

/// <summary>
/// Turns the campaign form's text into the API's body: customer numbers from a comma-separated list, and the
/// browser's local date and time as an instant with the browser's offset. Text that cannot be read is refused here.
/// </summary>
public static class CampaignDraftReader
{
    public static (CampaignDraft? Draft, Problem? Problem) Read(string? name, string? template, string? tag, string? stage, string? customers, string? sendAt)
    {
        var numbers = new NumberText();
        var templateId = numbers.Whole(template, "templateId");
        var ids = new List<long>();
        foreach (var part in (customers ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (numbers.Whole(part, "audience.customerIds") is { } id)
            {
                ids.Add(id);
            }
        }

        DateTimeOffset? when = null;
        var errors = numbers.Problem?.Errors ?? [];
        if (!string.IsNullOrWhiteSpace(sendAt))
        {
            if (DateTime.TryParse(sendAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var local))
            {
                when = new DateTimeOffset(local);
            }
            else
            {
                errors["sendAt"] = [$"'{sendAt}' is not a date and time."];
            }
        }

        if (errors.Count > 0)
        {
            return (null, new Problem(null, "One or more fields are invalid.", 400, null, errors));
        }

        var audience = new CampaignAudienceInput(Blank(tag), Blank(stage), ids.Count > 0 ? [.. ids] : null);
        return (new CampaignDraft(Blank(name), templateId, audience, when), null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>Credit report outcomes and refusals in the office's words (the API's reasons name fields and endpoints).</summary>
public static class CreditReportWords
{
    public const string OutcomeUnknownType = "urn:securitytrax:problem:credit-report-outcome-unknown";

    /// <summary>The refused fields the run form shows next to its inputs.</summary>
    public static readonly string[] FormFields = ["bureau", "consent", "consent.method"];

    // Shown as text (the page escapes it), so characters such as + need no JSON escape.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Outcome(CreditReport r) => r.Outcome switch
    {
        "completed" => string.Create(CultureInfo.InvariantCulture, $"Completed: score {r.Score} ({Band(r.Band)})"),
        "no_hit" => "No hit: the bureau has no file for this person.",
        "thin_file" => "Thin file: too little credit history to score.",
        "frozen" => "Frozen: the person has frozen their credit file.",
        "unknown" => "Unknown: the bureau has not answered yet. Run it again to look it up; it is never pulled twice.",
        _ => $"Failed: {Reason(r.Reason)}",
    };

    public static string Band(string? band) => band switch
    {
        "approved" => "approved",
        "conditional" => "conditional",
        "declined" => "declined",
        _ => "no band",
    };

    public static string Reason(string? reason) => reason switch
    {
        "bureau_unavailable" => "the bureau refused the request; nothing was pulled.",
        null or "" => "the bureau gave no reason.",
        _ => reason.Replace('_', ' '),
    };

    /// <summary>What a refused run means, line by line, beyond the reasons shown next to the form's own fields.</summary>
    public static string[] Explain(Problem problem)
    {
        var lines = new List<string>();
        if (problem.For("ssn").Length > 0)
        {
            lines.Add("No SSN on file for this person: enter it on the Profile tab first.");
        }

        if (problem.For("dateOfBirth").Length > 0)
        {
            lines.Add("No date of birth on file for this person: enter it on the Profile tab first.");
        }

        if (problem.Status == 429)
        {
            lines.Add(Limit(problem) == "company_daily_quota"
                ? "The company's credit reports for today are used up; nothing was pulled. Try again tomorrow."
                : "You have run as many credit reports as allowed in an hour; nothing was pulled. Try again later.");
        }
        else if (problem.Type == OutcomeUnknownType)
        {
            lines.Add("The bureau's answer has not arrived. Press Run credit again: the same pull is looked up, never pulled twice.");
        }
        else if (lines.Count == 0 && !(problem.Errors?.Keys.All(k => FormFields.Contains(k, StringComparer.OrdinalIgnoreCase)) ?? false))
        {
            lines.Add(string.Join(" ", new[] { problem.Title, problem.Detail }.Where(t => !string.IsNullOrEmpty(t))));
        }

        return [.. lines];
    }

    /// <summary>The bureau's report, indented for reading when it is JSON (as both bureaus send it), else as it came.</summary>
    public static string Readable(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return raw;
        }
    }

    /// <summary>The bureau's field reason, without the API's endpoint.</summary>
    public static string? BureauReason(Problem? problem) =>
        problem?.For("bureau").Length > 0 ? "This bureau is not approved for the company: an admin asks the platform operator for it in Settings." : null;

    private static string? Limit(Problem problem) =>
        problem.Extensions?.TryGetValue("limit", out var limit) == true && limit.ValueKind == JsonValueKind.String ? limit.GetString() : null;
}

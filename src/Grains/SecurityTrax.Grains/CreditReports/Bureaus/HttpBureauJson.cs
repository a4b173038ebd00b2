using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>The HTTP bureau's JSON: the pull request we send and the pull object it answers (see docs/decisions.md).</summary>
public static class HttpBureauJson
{
    public static JsonObject Request(BureauPull pull)
    {
        var s = pull.Subject;
        var consumer = new JsonObject
        {
            ["firstName"] = s.FirstName,
            ["lastName"] = s.LastName,
            ["ssn"] = s.Ssn.Replace("-", "", StringComparison.Ordinal),
            ["dateOfBirth"] = s.DateOfBirth,
        };
        if (s.Address is { } a)
        {
            consumer["address"] = new JsonObject { ["line1"] = a.Line1, ["city"] = a.City, ["state"] = a.State, ["postalCode"] = a.Zip };
        }

        return new JsonObject
        {
            ["clientReference"] = pull.OurReference,
            ["permissiblePurpose"] = pull.PermissiblePurpose,
            ["consumer"] = consumer,
            ["products"] = new JsonArray("credit_report", "credit_score"),
        };
    }

    /// <summary>Reads one pull object; a shape we cannot read is an unknown outcome (the bureau may have pulled).</summary>
    public static BureauAnswer Pull(JsonNode? pull)
    {
        if (pull is not JsonObject o || o["status"]?.GetValueKind() != JsonValueKind.String)
        {
            return BureauAnswer.Unknown("unreadable_answer");
        }

        var reference = o["id"]?.GetValueKind() == JsonValueKind.String ? (string?)o["id"] : null;
        var raw = o["report"]?.ToJsonString();
        return (string)o["status"]! switch
        {
            "completed" when Score(o) is (int value, string model) => new BureauAnswer(BureauOutcome.Completed, value, model, reference, null, raw),
            "completed" => BureauAnswer.Unknown("unreadable_answer"),
            "no_hit" => new BureauAnswer(BureauOutcome.NoHit, null, null, reference, "no_hit", raw),
            "thin_file" => new BureauAnswer(BureauOutcome.ThinFile, null, null, reference, "thin_file", raw),
            "frozen" => new BureauAnswer(BureauOutcome.Frozen, null, null, reference, "file_frozen", raw),
            "pending" => BureauAnswer.Unknown("pending"),
            var other => new BureauAnswer(BureauOutcome.Failed, null, null, reference, other, raw),
        };
    }

    /// <summary>The code of an error body (<c>{"error":{"code":…}}</c>), or the status when there is none.</summary>
    public static string ErrorCode(JsonNode? body, int status) =>
        body?["error"]?["code"]?.GetValueKind() == JsonValueKind.String ? (string)body["error"]!["code"]! : $"http_{status}";

    private static (int, string)? Score(JsonObject o) =>
        o["score"] is JsonObject s && s["value"]?.GetValueKind() == JsonValueKind.Number && s["model"]?.GetValueKind() == JsonValueKind.String
            ? ((int)s["value"]!, (string)s["model"]!)
            : null;
}

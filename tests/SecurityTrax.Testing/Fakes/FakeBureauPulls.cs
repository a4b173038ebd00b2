using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary>The fake bureau's pulls by client reference, and the outcomes tests plan per SSN (digits only).</summary>
public sealed class FakeBureauPulls
{
    public const string ScoreModel = "VantageScore 4.0";

    private readonly Dictionary<string, JsonObject> _byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Status, int? Score)> _planned = new(StringComparer.Ordinal);

    /// <summary>Pulls the bureau made and would bill; a repeated idempotency key does not add one.</summary>
    public int Billable => _byReference.Count;

    public void Plan(string ssnDigits, string status, int? score) => _planned[ssnDigits] = (status, score);

    public JsonObject? Find(string clientReference) => _byReference.GetValueOrDefault(clientReference);

    /// <summary>The pull for this reference: the stored one when the reference was seen, else a new one.</summary>
    public (JsonObject Pull, bool Replayed) Pull(JsonObject request)
    {
        var reference = (string)request["clientReference"]!;
        if (_byReference.TryGetValue(reference, out var seen))
        {
            return (seen, true);
        }

        var consumer = request["consumer"]!.AsObject();
        var ssn = (string)consumer["ssn"]!;
        var (status, score) = _planned.GetValueOrDefault(ssn, ("completed", 700));
        var id = $"cp_{_byReference.Count + 1:D6}";
        var pull = new JsonObject
        {
            ["id"] = id,
            ["clientReference"] = reference,
            ["status"] = status,
            ["score"] = score is null ? null : new JsonObject { ["value"] = score, ["model"] = ScoreModel },
            ["report"] = new JsonObject
            {
                ["consumer"] = new JsonObject { ["name"] = $"{consumer["firstName"]} {consumer["lastName"]}", ["ssnLast4"] = ssn[^4..] },
                ["tradelines"] = new JsonArray(new JsonObject { ["creditor"] = "First Bank", ["balance"] = 1200, ["status"] = "current" }),
            },
        };
        _byReference[reference] = pull;
        return (pull, false);
    }
}

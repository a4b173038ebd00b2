using System.Text.Json.Nodes;

namespace SecurityTrax.ApiClient.Tests;

/// <summary>The document the gateway builds is the reviewed contract in docs/api/openapi-v1.json, member for member.</summary>
public sealed class ContractDocumentTests
{
    private const string Update = "dotnet build tests/SecurityTrax.ApiClient.Tests -c Release -p:UpdateApiContract=true";

    [Fact]
    public void BuiltDocumentIsTheReviewedContract()
    {
        var differences = JsonDifferences.Between(Read("contract.json"), Read("built.json"));

        Assert.True(
            differences.Count == 0,
            "The gateway's OpenAPI document differs from docs/api/openapi-v1.json (contract → built):\n  "
            + string.Join("\n  ", differences)
            + $"\nIf the change is meant, take it into the contract with `{Update}`, review the diff and, when clients see it, "
            + "note it in CHANGELOG.md (README: API versioning).");
    }

    [Fact]
    public void DifferencesAreNamedByPathWhateverTheMemberOrder()
    {
        var contract = JsonNode.Parse("""{"paths":{"/a":{"get":{"operationId":"A","tags":["x","y"]}}},"info":{"version":"1"}}""");
        var reordered = JsonNode.Parse("""{"info":{"version":"1"},"paths":{"/a":{"get":{"tags":["x","y"],"operationId":"A"}}}}""");
        var changed = JsonNode.Parse("""{"info":{"version":"1"},"paths":{"/a":{"get":{"operationId":"B","tags":["x"]}},"/b":{}}}""");

        Assert.Empty(JsonDifferences.Between(contract, reordered));
        Assert.Equal(
            ["$.paths./a.get.operationId: \"A\" → \"B\"", "$.paths./a.get.tags[1]: removed", "$.paths./b: added"],
            JsonDifferences.Between(contract, changed));
    }

    private static JsonNode? Read(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ApiDocuments", name)));
}

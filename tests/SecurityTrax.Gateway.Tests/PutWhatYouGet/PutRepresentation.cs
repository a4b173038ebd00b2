using System.Text.Json.Nodes;

namespace SecurityTrax.Gateway.Tests.PutWhatYouGet;

/// <summary>
/// Where a PUT route's representation is in what its read path answers (<paramref name="Pick"/>, given that answer and
/// the PUT's path), and one read-only member of it with a changed value (JSON text) that the PUT must refuse by name.
/// </summary>
public sealed record PutRepresentation(Func<JsonNode, string, JsonNode> Pick, string ReadOnlyMember, string Changed)
{
    /// <summary>The read path answers the representation itself.</summary>
    public static PutRepresentation Whole(string member, string changed) => new((json, _) => json, member, changed);

    /// <summary>The representation is the row of a list (<paramref name="list"/> of the answer, or the answer) whose <paramref name="key"/> ends the PUT's path.</summary>
    public static PutRepresentation Row(string? list, string key, string member, string changed) => new(
        (json, path) => (list is null ? json : json[list]!).AsArray().Single(row => row![key]!.ToString() == path[(path.LastIndexOf('/') + 1)..])!,
        member,
        changed);

    /// <summary>The representation is one member of the answer (a note's ticket).</summary>
    public static PutRepresentation Member(string name, string member, string changed) => new((json, _) => json[name]!, member, changed);
}

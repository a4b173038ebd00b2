using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>An RFC 9457 problem as the API answers it; <see cref="Errors"/> lists the refused fields.</summary>
public sealed record Problem(string? Type, string? Title, int? Status, string? Detail, Dictionary<string, string[]>? Errors)
{
    public const string StaleVersion = "urn:securitytrax:problem:stale-version";

    /// <summary>Members beyond RFC 9457's (a booking conflict's <c>clashes</c>), read by the screen that knows them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; init; }

    public string[] For(string field) =>
        Errors?.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    /// <summary>The reasons of fields the form does not show next to an input.</summary>
    public IEnumerable<string> Unplaced(IReadOnlyCollection<string> shown) =>
        (Errors ?? []).Where(e => !shown.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}"));

    public static Problem Offline(string detail) => new(null, "The server could not be reached.", null, detail, null);
}

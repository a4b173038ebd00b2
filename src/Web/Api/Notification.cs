using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>An inbox item or a live push. <see cref="Data"/> is read by member name, since its members differ per kind.</summary>
public sealed record Notification(
    long Sequence, [property: JsonConverter(typeof(IdText))] string Id, string Kind, string Title, string? Body,
    Dictionary<string, JsonElement>? Data, DateTimeOffset CreatedAt)
{
    /// <summary>A data member as text, whether the API sends it as a number or a string; null when absent or null.</summary>
    public string? Text(string name) => Data?.GetValueOrDefault(name) is { } value ? DataText.Of(value) : null;

    public long? Number(string name) => long.TryParse(Text(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

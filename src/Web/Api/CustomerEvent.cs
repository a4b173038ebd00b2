using System.Globalization;
using System.Text.Json;

namespace SecurityTrax.Web.Api;

/// <summary>A live event about a customer this connection watches (<c>payment.succeeded</c>, <c>payment.failed</c>, …).</summary>
public sealed record CustomerEvent(long CustomerId, string Kind, Dictionary<string, JsonElement>? Data, DateTimeOffset At)
{
    public string? Text(string name) => Data?.GetValueOrDefault(name) is { } value ? DataText.Of(value) : null;

    public long? Number(string name) => long.TryParse(Text(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace SecurityTrax.Testing.Fakes;

/// <summary>The parameters of a request, form-encoded the way Stripe's clients send them (<c>metadata[key]=v</c>, <c>list[0]=v</c>).</summary>
internal sealed class FakeStripeForm(Dictionary<string, StringValues> values)
{
    public static FakeStripeForm Parse(string encoded) => new(QueryHelpers.ParseQuery(encoded));

    public string? Text(string name) => values.TryGetValue(name, out var value) ? value.ToString() : null;

    public string Required(string name) =>
        Text(name) is { Length: > 0 } value ? value : throw FakeStripeErrors.MissingParameter(name);

    public long? Integer(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw FakeStripeErrors.Invalid($"Invalid integer: {text}", name);
    }

    public bool Flag(string name) => Text(name) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw FakeStripeErrors.Invalid($"Invalid boolean: {other}", name),
    };

    public JsonObject Metadata()
    {
        var metadata = new JsonObject();
        foreach (var (key, value) in values.Where(p => p.Key.StartsWith("metadata[", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            metadata[key["metadata[".Length..^1]] = value.ToString();
        }

        return metadata;
    }

    public JsonArray List(string name, params string[] fallback)
    {
        var items = values.Where(p => p.Key.StartsWith(name + "[", StringComparison.Ordinal))
            .OrderBy(p => int.Parse(p.Key[(name.Length + 1)..^1], CultureInfo.InvariantCulture))
            .Select(p => (JsonNode?)p.Value.ToString());
        var list = new JsonArray([.. items]);
        return list.Count > 0 ? list : new JsonArray([.. fallback.Select(f => (JsonNode?)f)]);
    }
}

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

    /// <summary>
    /// The payment method types asked for: <c>allowed_payment_method_types</c> since API version 2026-10-28, the
    /// older <c>payment_method_types</c> otherwise, else <paramref name="fallback"/>.
    /// </summary>
    public JsonArray PaymentMethodTypes(string fallback)
    {
        var allowed = List("allowed_payment_method_types");
        return allowed.Count > 0 ? allowed : List("payment_method_types", fallback);
    }

    public JsonArray List(string name, params string[] fallback)
    {
        // Stripe.net numbers the items (list[0]=a&list[1]=b); other clients may send list[]=a&list[]=b.
        var items = values.Where(p => p.Key.StartsWith(name + "[", StringComparison.Ordinal))
            .OrderBy(p => int.TryParse(p.Key[(name.Length + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
            .SelectMany(p => p.Value.Select(v => (JsonNode?)v));
        var list = new JsonArray([.. items]);
        return list.Count > 0 ? list : new JsonArray([.. fallback.Select(f => (JsonNode?)f)]);
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Bad bodies for one write route, generated from its request schema on top of a body it would accept: each property
/// of the wrong type, null where it may not be, boundary and overflowing numbers, impossible dates; and for the route
/// a 1 MB string, 200 levels of nesting, invalid UTF-8, not JSON, an array, a cut-off object, and no body or null
/// where one is required. The same seed
/// gives the same bodies.
/// </summary>
public sealed class BadBodies(JsonElement root, Random random)
{
    private const int Deep = 200;

    public IReadOnlyList<BadBody> For(JsonElement operation, JsonObject valid)
    {
        var schema = Resolve(operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet() : [];
        var properties = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().ToList() : [];
        var bodies = new List<BadBody>();
        foreach (var property in properties)
        {
            var (kind, format, nullable) = Describe(property.Value);
            foreach (var (label, value) in Values(kind, format, nullable && !required.Contains(property.Name)))
            {
                bodies.Add(With(valid, property.Name, $"{property.Name} {label}", value));
            }
        }

        var strings = properties.Where(p => Describe(p.Value).Kind == "string").Select(p => p.Name).ToList();
        var text = strings.Count > 0 ? strings[random.Next(strings.Count)] : null;
        var first = properties.Count > 0 ? properties[0].Name : "value";
        bodies.Add(text is null
            ? new BadBody("a 1 MB JSON string as the body", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Huge())))
            : With(valid, text, $"{text} of 1 MB", JsonValue.Create(Huge())));
        bodies.Add(Raw($"{first} nested {Deep} deep", Encoding.UTF8.GetString(With(valid, first, "", JsonValue.Create("NEST-MARK")).Bytes).Replace("\"NEST-MARK\"", new string('[', Deep) + new string(']', Deep), StringComparison.Ordinal)));
        var marked = With(valid, text ?? first, "", JsonValue.Create("UTF8-MARK")).Bytes;
        bodies.Add(new BadBody($"{text ?? first} with invalid UTF-8", Splice(marked, "UTF8-MARK"u8.ToArray(), [0xC3, 0x28, 0xFF, 0xFE])));
        // No body, or the JSON null, is a bad body only where the document says one is required.
        if (operation.GetProperty("requestBody").TryGetProperty("required", out var needed) && needed.GetBoolean())
        {
            bodies.Add(Raw("an empty body", ""));
            bodies.Add(Raw("the JSON null", "null"));
        }

        bodies.Add(Raw("not JSON", "name=not json&x=1"));
        bodies.Add(Raw("an array", "[1,2,3]"));
        bodies.Add(Raw("a cut-off object", "{\"" + first + "\":"));
        return bodies;
    }

    private static IEnumerable<(string Label, JsonNode? Value)> Values(string kind, string? format, bool nullable)
    {
        if (!nullable)
        {
            yield return ("null", null);
        }

        switch (kind)
        {
            case "string":
                yield return ("a number", JsonValue.Create(12345));
                if (format is "date" or "date-time")
                {
                    yield return ("month 13", JsonValue.Create("2024-13-45"));
                    yield return ("not a date", JsonValue.Create("yesterday"));
                }

                break;
            case "integer" or "number":
                foreach (var value in Numbers(kind == "integer", format))
                {
                    yield return value;
                }

                break;
            case "boolean":
                yield return ("a word", JsonValue.Create("yes"));
                break;
            case "array":
                yield return ("an object", new JsonObject { ["a"] = 1 });
                break;
            case "object":
                yield return ("an array", new JsonArray(1, 2));
                break;
        }
    }

    private static IEnumerable<(string Label, JsonNode? Value)> Numbers(bool whole, string? format)
    {
        yield return ("a word", JsonValue.Create("abc"));
        yield return ("NaN as a string", JsonValue.Create("NaN"));
        yield return ("1e309", JsonNode.Parse("1e309"));
        if (!whole)
        {
            yield return ("-1e309", JsonNode.Parse("-1e309"));
            yield return ("beyond decimal", JsonNode.Parse("79228162514264337593543950336"));
            yield break;
        }

        yield return ("long max + 1", JsonNode.Parse("9223372036854775808"));
        yield return ("long min - 1", JsonNode.Parse("-9223372036854775809"));
        yield return ("a fraction", JsonValue.Create(1.5));
        yield return format == "int64" ? ("long min", JsonValue.Create(long.MinValue)) : ("int max + 1", JsonValue.Create(2147483648L));
    }

    private (string Kind, string? Format, bool Nullable) Describe(JsonElement property)
    {
        var nullable = false;
        var schema = property;
        foreach (var branch in new[] { "oneOf", "anyOf" })
        {
            if (property.TryGetProperty(branch, out var options))
            {
                nullable = options.EnumerateArray().Any(o => o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null");
                schema = options.EnumerateArray().FirstOrDefault(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
            }
        }

        schema = Resolve(schema);
        var types = !schema.TryGetProperty("type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        nullable |= types.Contains("null");
        var kind = new[] { "integer", "number", "boolean", "array", "object", "string" }.FirstOrDefault(types.Contains)
            ?? (schema.TryGetProperty("enum", out _) ? "string" : "");
        return (kind, schema.TryGetProperty("format", out var format) ? format.GetString() : null, nullable);
    }

    private JsonElement Resolve(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference)
            ? Resolve(root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..]))
            : schema;

    private static BadBody With(JsonObject valid, string property, string label, JsonNode? value)
    {
        var body = (JsonObject)valid.DeepClone();
        body[property] = value;
        return new BadBody(label, Encoding.UTF8.GetBytes(body.ToJsonString()));
    }

    private static BadBody Raw(string label, string text) => new(label, Encoding.UTF8.GetBytes(text));

    private string Huge() => new((char)('a' + random.Next(26)), 1 << 20);

    private static byte[] Splice(byte[] bytes, byte[] marker, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(marker);
        return [.. bytes[..at], .. replacement, .. bytes[(at + marker.Length)..]];
    }
}

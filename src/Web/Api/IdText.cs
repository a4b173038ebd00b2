using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>Reads an id written as a JSON string or number into text, so the console survives ids turning into numbers.</summary>
public sealed class IdText : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetInt64().ToString(CultureInfo.InvariantCulture),
        JsonTokenType.Null => null,
        _ => reader.GetString(),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

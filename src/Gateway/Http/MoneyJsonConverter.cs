using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityTrax.Gateway.Http;

/// <summary>
/// Writes every decimal with at least two decimals (12.5 → 12.50), so money reads the same in every answer; finer
/// values (a tax rate of 8.375) are written as they are, never rounded. Reads only JSON numbers, as before.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    // Adding a zero with scale 2 raises a decimal's scale to at least 2 without changing its value.
    private const decimal TwoPlaces = 0.00m;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? reader.GetDecimal()
            : throw new JsonException("A number was expected.");

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value + TwoPlaces);
}

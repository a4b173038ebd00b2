using System.Globalization;
using System.Text.Json;

namespace SecurityTrax.Web.Api;

/// <summary>A member of a push's data as text: numbers and strings alike, so a member that changes shape still reads.</summary>
public static class DataText
{
    public static string? Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean().ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}

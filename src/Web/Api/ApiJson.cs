using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>The API's JSON: camelCase members; members left null are not sent (the API refuses what it does not know).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

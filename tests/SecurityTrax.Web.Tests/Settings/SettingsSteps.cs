using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>API calls that arrange or check what the settings screens show and store.</summary>
public static class SettingsSteps
{
    public static async Task<JsonElement> GetJsonAsync(HttpClient api, string path)
    {
        var response = await api.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> PostJsonAsync(HttpClient api, string path, object body)
    {
        var response = await api.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}

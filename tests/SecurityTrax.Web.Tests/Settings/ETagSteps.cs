using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>API writes with If-Match, made behind a screen's back to arrange a 412 or data to change or remove.</summary>
public static class ETagSteps
{
    public static async Task<string> ETagOfAsync(HttpClient api, string path)
    {
        using var response = await api.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.ToString();
    }

    /// <summary>Reads <paramref name="path"/> for its ETag and sends <paramref name="body"/> to <paramref name="target"/> (default: the same path) with it.</summary>
    public static async Task<JsonElement> WriteAsync(HttpClient api, HttpMethod method, string path, object? body, string? target = null)
    {
        using var request = new HttpRequestMessage(method, target ?? path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", await ETagOfAsync(api, path));
        using var response = await api.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

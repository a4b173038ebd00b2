using System.Net;
using System.Net.Http.Json;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Session;

/// <summary>
/// Calls the public API as the signed-in user: bearer token, If-Match and Idempotency-Key where asked, one renewal
/// and retry on a 401, and every error read as a <see cref="Problem"/>.
/// </summary>
public sealed class ApiClient(HttpClient http, AuthSession session)
{
    public Task<ApiResult<T>> GetAsync<T>(string path) => SendAsync<T>(HttpMethod.Get, path, null, null, null);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, string? ifMatch = null, string? idempotencyKey = null) =>
        SendAsync<T>(HttpMethod.Post, path, body, ifMatch, idempotencyKey);

    public Task<ApiResult<T>> PutAsync<T>(string path, object body, string ifMatch) => SendAsync<T>(HttpMethod.Put, path, body, ifMatch, null);

    public Task<ApiResult<T>> DeleteAsync<T>(string path, string ifMatch) => SendAsync<T>(HttpMethod.Delete, path, null, ifMatch, null);

    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? ifMatch, string? idempotencyKey)
    {
        try
        {
            using var first = await SendOnceAsync(method, path, body, ifMatch, idempotencyKey);
            if (first.StatusCode != HttpStatusCode.Unauthorized || !await session.RefreshAsync())
            {
                return await ReadAsync<T>(first);
            }

            using var retry = await SendOnceAsync(method, path, body, ifMatch, idempotencyKey);
            return await ReadAsync<T>(retry);
        }
        catch (HttpRequestException e)
        {
            return new ApiResult<T>(0, default, null, Problem.Offline(e.Message));
        }
        catch (TaskCanceledException e)
        {
            // The client's timeout: no answer, like a dropped connection (the request may still have landed).
            return new ApiResult<T>(0, default, null, Problem.Offline(e.Message));
        }
    }

    public static async Task<Problem> ReadProblemAsync(HttpResponseMessage response)
    {
        var fallback = new Problem(null, response.ReasonPhrase ?? "The request failed.", (int)response.StatusCode, null, null);
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            return fallback;
        }

        return await response.Content.ReadFromJsonAsync<Problem>(ApiJson.Options) ?? fallback;
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, string path, object? body, string? ifMatch, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(method, path);
        if (session.AccessToken is { } token)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
        }

        return await http.SendAsync(request);
    }

    private static async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag?.ToString();
        if (!response.IsSuccessStatusCode)
        {
            return new ApiResult<T>((int)response.StatusCode, default, etag, await ReadProblemAsync(response));
        }

        var value = response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<T>(ApiJson.Options);
        return new ApiResult<T>((int)response.StatusCode, value, etag, null);
    }
}

using System.Net.Http.Json;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>One request of the security suites: the headers a write needs (If-Match, Idempotency-Key) so that only the rule under test can refuse it.</summary>
public static class RouteCall
{
    public static HttpRequestMessage Build(string method, string path, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = body is HttpContent content ? content : JsonContent.Create(body ?? new { });
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch ?? "\"1\"");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        }

        return request;
    }

    /// <summary>Runs <paramref name="work"/> over <paramref name="items"/>, a few at a time.</summary>
    public static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> work) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (item, _) => await work(item));
}

using System.Collections.Concurrent;
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

    /// <summary>How long a refused request may take before the suite counts it as hanging.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Sends a request the suite expects refused: a 4xx ProblemDetails within <see cref="Limit"/>, or a 2xx where
    /// <paramref name="ignoredIsFine"/> (a webhook that ignores what it cannot use). Anything else is added to
    /// <paramref name="failures"/> as "<paramref name="what"/>: status, type, start of the body". Returns the status.
    /// </summary>
    public static async Task<int?> RefusedAsync(HttpClient client, HttpRequestMessage request, string what, ConcurrentBag<string> failures, bool ignoredIsFine = false)
    {
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            var status = (int)response.StatusCode;
            var type = response.Content.Headers.ContentType?.MediaType;
            var refused = status is >= 400 and < 500 && type == "application/problem+json";
            if (!refused && !(ignoredIsFine && status is >= 200 and < 300))
            {
                var answer = await response.Content.ReadAsStringAsync(timeout.Token);
                failures.Add($"{what}: {status} {type}. {(answer.Length > 300 ? answer[..300] : answer)}");
            }

            return status;
        }
        catch (OperationCanceledException)
        {
            failures.Add($"{what}: no answer within {Limit.TotalSeconds} s.");
            return null;
        }
    }

    /// <summary>Runs <paramref name="work"/> over <paramref name="items"/>, a few at a time.</summary>
    public static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> work) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (item, _) => await work(item));
}

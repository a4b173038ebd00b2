using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SecurityTrax.Testing.Fakes;

/// <summary>
/// What every request goes through: API key, planned faults, idempotency and the record of requests. Operations
/// and idempotency checks run under the server's one lock, so a key is never executed twice, even concurrently.
/// </summary>
internal sealed class FakeStripePipeline(Lock gate, FakeStripeFaults faults, CancellationToken stopping)
{
    private readonly FakeStripeIdempotency _idempotency = new();
    private readonly List<FakeStripeRequest> _requests = [];
    private readonly Dictionary<string, int> _refusedKeys = new(StringComparer.Ordinal);

    /// <summary>From now on requests with <paramref name="apiKey"/> answer 401 (a rolled, expired key) or 403 (a restricted key without the permission).</summary>
    public void RefuseKey(string apiKey, int status)
    {
        lock (gate)
        {
            _refusedKeys[apiKey] = status;
        }
    }

    public IReadOnlyList<FakeStripeRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. _requests];
            }
        }
    }

    public async Task HandleAsync(HttpContext context, Func<FakeStripeCall, FakeStripeResponse> operation)
    {
        var request = context.Request;
        var method = request.Method;
        var path = request.Path.Value ?? "/";
        var parameters = HttpMethods.IsPost(method)
            ? await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted)
            : request.QueryString.Value?.TrimStart('?') ?? string.Empty;
        var apiKey = ApiKey(request);
        var key = request.Headers["Idempotency-Key"] is { Count: > 0 } header ? header.ToString() : null;

        var fault = faults.TakeFor(path);
        if (fault is { Fault: FakeStripeFault.DropBeforeProcessing or FakeStripeFault.HangBeforeProcessing } before)
        {
            Record(new FakeStripeRequest(method, path, apiKey, key, null, false, before.Fault));
            await PlayAsync(context, before.Fault, before.Played);
            return;
        }

        FakeStripeResponse response;
        bool replayed;
        lock (gate)
        {
            var call = new FakeStripeCall(apiKey ?? string.Empty, key, context.GetRouteValue("id") as string, FakeStripeForm.Parse(parameters));
            (response, replayed) = apiKey is null
                ? (FakeStripeErrors.Unauthorized(UnauthorizedMessage(request)), false)
                : _refusedKeys.TryGetValue(apiKey, out var refusal)
                    ? (FakeStripeErrors.KeyRefused(refusal, apiKey), false)
                    : Execute(call, operation, HttpMethods.IsPost(method) ? $"{method} {path}\n{parameters}" : null);
            _requests.Add(new FakeStripeRequest(method, path, apiKey, key, fault is null ? response.Status : null, replayed, fault?.Fault));
        }

        if (fault is { } after)
        {
            await PlayAsync(context, after.Fault, after.Played);
            return;
        }

        var headers = context.Response.Headers;
        headers["Request-Id"] = FakeStripeStore.NewId("req");
        headers["Stripe-Version"] = request.Headers["Stripe-Version"].ToString();
        if (key is not null)
        {
            headers["Idempotency-Key"] = key;
        }

        if (replayed)
        {
            headers["Idempotent-Replayed"] = "true";
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }

    private (FakeStripeResponse Response, bool Replayed) Execute(
        FakeStripeCall call, Func<FakeStripeCall, FakeStripeResponse> operation, string? fingerprint)
    {
        var key = call.IdempotencyKey;
        if (key is not null && fingerprint is not null
            && _idempotency.Find(call.Account, key, fingerprint, out var replayed) is { } kept)
        {
            return (kept, replayed);
        }

        try
        {
            var response = operation(call);
            if (key is not null && fingerprint is not null)
            {
                _idempotency.Keep(call.Account, key, fingerprint, response);
            }

            return (response, false);
        }
        catch (FakeStripeRejection rejection)
        {
            return (rejection.Response, false);
        }
    }

    private void Record(FakeStripeRequest request)
    {
        lock (gate)
        {
            _requests.Add(request);
        }
    }

    private async Task PlayAsync(HttpContext context, FakeStripeFault fault, TaskCompletionSource played)
    {
        played.TrySetResult();
        if (fault is FakeStripeFault.HangBeforeProcessing or FakeStripeFault.HangAfterProcessing)
        {
            using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, giveUp.Token);
            }
            catch (OperationCanceledException)
            {
                // The client gave up or the server is stopping; either way the connection goes.
            }
        }

        context.Abort();
    }

    private static string? ApiKey(HttpRequest request)
    {
        var value = request.Headers.Authorization.ToString();
        return value.StartsWith("Bearer sk_test_", StringComparison.Ordinal) ? value["Bearer ".Length..] : null;
    }

    private static string UnauthorizedMessage(HttpRequest request)
    {
        var value = request.Headers.Authorization.ToString();
        if (!value.StartsWith("Bearer ", StringComparison.Ordinal) || value.Length == "Bearer ".Length)
        {
            return "You did not provide an API key. You need to provide your API key in the Authorization header, "
                + "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";
        }

        var key = value["Bearer ".Length..];
        return $"Invalid API Key provided: {key[..Math.Min(8, key.Length)]}********{key[Math.Max(0, key.Length - 4)..]}";
    }
}

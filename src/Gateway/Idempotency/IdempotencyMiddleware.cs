using System.Security.Cryptography;
using System.Text;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Idempotency;

namespace SecurityTrax.Gateway.Idempotency;

/// <summary>Answers repeats of a creating POST with the stored first answer (header <c>Idempotency-Key</c>).</summary>
/// <remarks>
/// Keys are scoped to the signed-in user and kept for 24 hours. A key reused for a different request is
/// refused (422); a repeat while the first is still running gets 409. If the gateway dies while running
/// the first request, the key is released after a one-minute lease; operations that move money also pass
/// the key into the grain as their operation id, so they stay exactly-once even then.
/// </remarks>
public sealed class IdempotencyMiddleware(RequestDelegate next, IClusterClient cluster)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const int MaxKeyLength = 200;

    // Not async itself: most requests carry no key and pass straight through.
    public Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers[Header].ToString();
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<IdempotentCreate>() is null || CurrentUser.Of(context) is not { } user)
        {
            return next(context);
        }

        if (string.IsNullOrEmpty(key))
        {
            return metadata.GetMetadata<IdempotencyKeyRequired>() is null ? next(context) : WriteProblemAsync(context, KeyRequired());
        }

        return HandleKeyedAsync(context, key, user);
    }

    /// <summary>A money request without a key could not tell a retry from a second payment, so it is not run at all.</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails KeyRequired() => ErrorResponses.Problem(
        StatusCodes.Status428PreconditionRequired, ProblemTypes.IdempotencyKeyRequired,
        "This request moves money and needs an Idempotency-Key header.",
        "Send an Idempotency-Key header: a key of your own, new for each payment, refund or void and the same on every retry of it, so a retry never charges twice.");

    private async Task HandleKeyedAsync(HttpContext context, string key, CurrentUser user)
    {
        if (key.Length > MaxKeyLength || key.Any(char.IsControl))
        {
            await WriteProblemAsync(context, ErrorResponses.Validation(
                new Dictionary<string, string[]> { [Header] = [$"Use at most {MaxKeyLength} printable characters."] }));
            return;
        }

        var grain = cluster.GetGrain<IIdempotencyGrain>(user.Key("idem-" + Hash($"{user.UserId}\n{key}")));
        var decision = await grain.BeginAsync(await FingerprintAsync(context.Request));
        switch (decision.Outcome)
        {
            case IdempotencyOutcome.Replay:
                await ReplayAsync(context, decision.Response!);
                return;
            case IdempotencyOutcome.InProgress:
                // A type of its own: a client must keep this key (the first request may still pay), unlike after other conflicts.
                await WriteProblemAsync(context, ErrorResponses.Problem(
                    StatusCodes.Status409Conflict, ProblemTypes.IdempotencyKeyInProgress, "A request with this Idempotency-Key is still running.", "Retry shortly."));
                return;
            case IdempotencyOutcome.Mismatch:
                await WriteProblemAsync(context, ErrorResponses.Problem(
                    StatusCodes.Status422UnprocessableEntity, ProblemTypes.IdempotencyKeyReused,
                    "This Idempotency-Key was used for a different request.", "Use a new key for a new request."));
                return;
        }

        await RunAndStoreAsync(context, grain);
    }

    private async Task RunAndStoreAsync(HttpContext context, IIdempotencyGrain grain)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await grain.AbandonAsync();
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode < 500)
        {
            await grain.CompleteAsync(new StoredResponse(
                response.StatusCode, response.ContentType, response.Headers.Location, response.Headers.ETag, buffer.ToArray()));
        }
        else
        {
            await grain.AbandonAsync();
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        response.ContentType = stored.ContentType;
        if (stored.Location is { } location)
        {
            response.Headers.Location = location;
        }

        if (stored.ETag is { } etag)
        {
            response.Headers.ETag = etag;
        }

        response.Headers[ReplayedHeader] = "true";
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32].ToLowerInvariant();

    private static Task WriteProblemAsync(HttpContext context, Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        }).AsTask();
    }
}

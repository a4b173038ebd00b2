namespace SecurityTrax.Gateway.Http;

/// <summary>The record version a write is based on, read from If-Match.</summary>
/// <remarks>
/// A handler that takes this parameter never runs without a usable header: binding answers 428 when it is
/// missing and 400 when it is not an ETag this API issued, so no handler repeats the rule.
/// </remarks>
public readonly record struct IfMatch(int Version)
{
    public static ValueTask<IfMatch?> BindAsync(HttpContext context) =>
        ETags.ReadIfMatch(context.Request, out var problem) is { } version
            ? ValueTask.FromResult<IfMatch?>(new IfMatch(version))
            : throw new ProblemResponseException(problem!);
}

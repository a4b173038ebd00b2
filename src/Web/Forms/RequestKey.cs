using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>
/// The Idempotency-Key of one form's request (every money form uses one). The key names one attempt: it is kept while the
/// outcome of a sent request is unknown (no answer, a 5xx, a timeout, a request with this key still running), so a
/// resend can never pay or send twice, and renewed once the API has answered for good (a success, or a refusal), so a
/// corrected request or the next payment is a new request rather than a reused key (422).
/// </summary>
public sealed class RequestKey(Func<string>? make = null)
{
    /// <summary>The gateway's answer while a request with the same key is still running: its outcome is still unknown.</summary>
    public const string StillRunning = "urn:securitytrax:problem:idempotency-key-in-progress";

    private readonly Func<string> _make = make ?? (() => Guid.NewGuid().ToString("N"));
    private string? _value;

    public string Value => _value ??= _make();

    /// <summary>Called with every answer of a request sent with <see cref="Value"/>.</summary>
    public void After<T>(ApiResult<T> result) => After(result.Status, result.Problem?.Type);

    public void After(int status, string? problemType)
    {
        if (Renews(status, problemType))
        {
            _value = _make();
        }
    }

    /// <summary>Takes a new key where the API said for certain that nothing was done (a credit pull refused by a limit).</summary>
    public void Renew() => _value = _make();

    public static bool Renews(int status, string? problemType) => status switch
    {
        >= 200 and < 300 => true,
        // Timeouts and throttling say nothing about whether the request ran.
        408 or 429 => false,
        409 when problemType == StillRunning => false,
        >= 400 and < 500 => true,
        // 0 (no answer) and 5xx: the request may have landed, so only the same key may be sent again.
        _ => false,
    };
}

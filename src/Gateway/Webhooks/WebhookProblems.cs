using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Webhooks;

/// <summary>
/// The webhooks' refusals as ProblemDetails. Providers read only the status; the bodies are for whoever debugs a
/// delivery. What is named is only what the request itself shows (a missing header, a body that is not JSON), so no
/// answer depends on which companies exist or on their secrets.
/// </summary>
public static class WebhookProblems
{
    public const string BadSignature = ProblemTypes.Prefix + "webhook-signature";

    /// <summary>One answer for a signature that does not verify (or is too old) and for an address of no company.</summary>
    public static ProblemHttpResult Refused(int status, string detail) =>
        TypedResults.Problem(ErrorResponses.Problem(status, BadSignature, "The webhook's signature does not verify.", detail));

    /// <summary>400 naming the part of the request that is malformed, before anything about the company is read.</summary>
    public static ProblemHttpResult Malformed(string field, string reason) =>
        TypedResults.Problem(ErrorResponses.Validation(new Dictionary<string, string[]> { [field] = [reason] }, "The webhook request is malformed; nothing was done."));

    /// <summary>413: the body is larger than any genuine callback; it was not read to the end.</summary>
    public static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem(ErrorResponses.Problem(StatusCodes.Status413PayloadTooLarge, ProblemTypes.TooLarge, "The body is too large.",
            $"A webhook body here may be at most {limit / 1024} KiB; it was not read to the end."));

    /// <summary>409: a signed event Stripe should send again later (about a payment of ours not found yet, or not readable).</summary>
    public static ProblemHttpResult NotYet() =>
        TypedResults.Problem(ErrorResponses.Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "The event cannot be taken yet.",
            "The event is about a payment not found yet, or could not be read; it was not taken. Send it again later."));
}

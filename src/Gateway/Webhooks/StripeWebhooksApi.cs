using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.OpenApi;
using SecurityTrax.Identity;
using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Webhooks;

/// <summary>Stripe's events, one endpoint per tenant: <c>/webhooks/stripe/{tenant}</c>.</summary>
/// <remarks>The tenant comes from the URL and is trusted only because the silo verifies the signature with that tenant's secret.</remarks>
public static class StripeWebhooksApi
{
    /// <summary>Stripe's events are small; anything larger is not one.</summary>
    private const int MaxPayload = 512 * 1024;

    private const string Unverified = "Stripe signs each event with the webhook secret of this address's company; this signature does not verify, or it is more than five minutes old.";

    public static IEndpointRouteBuilder MapStripeWebhooksApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/webhooks/stripe/{tenant}", ReceiveAsync).WithTags("Webhooks").AllowAnonymous().DisableAntiforgery().WithName("StripeWebhook")
            .AnswersProblem(StatusCodes.Status400BadRequest, "A missing or malformed Stripe-Signature header or a body that is not a JSON object (named in `errors`); a signature that does not verify or is too old, or an address of no company (one answer).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AnswersProblem(StatusCodes.Status413PayloadTooLarge, "The body is over 512 KiB, with or without Content-Length.");
        return routes;
    }

    /// <summary>
    /// 200 for an accepted or repeated event (Stripe stops retrying), 400 for a malformed request (the part named) or
    /// a signature that does not verify (or an address of no company: the same answer), 409 for an event about a payment of ours not found yet (or not
    /// readable): any answer but 2xx makes Stripe send it again. 413 for a body over 512 KiB, with or without Content-Length.
    /// Every refusal is a ProblemDetails.
    /// </summary>
    public static async Task<Results<Ok, ProblemHttpResult>> ReceiveAsync(string tenant, HttpRequest request, IClusterClient cluster)
    {
        if (await WebhookRequests.ReadBoundedAsync(request, MaxPayload) is not { } body)
        {
            return WebhookProblems.TooLarge(MaxPayload);
        }

        var signature = request.Headers[StripeRequestShape.SignatureHeader].FirstOrDefault();
        if (StripeRequestShape.Check(body, signature) is { } malformed)
        {
            return WebhookProblems.Malformed(malformed.Field, malformed.Reason);
        }

        if (!await WebhookRequests.IsKnownTenantAsync(cluster, tenant))
        {
            return WebhookProblems.Refused(StatusCodes.Status400BadRequest, Unverified);
        }

        // Set here, not in an async helper: a request-context value set inside an awaited method does not flow back out.
        CallerContext.Set(Caller.System(tenant, ChangeSources.Integration));
        var outcome = await cluster.GetGrain<IStripeWebhookGrain>(GrainKeys.For(tenant, IStripeWebhookGrain.Id))
            .AcceptAsync(Encoding.UTF8.GetString(body), signature);
        return outcome switch
        {
            StripeWebhookOutcome.Rejected => WebhookProblems.Refused(StatusCodes.Status400BadRequest, Unverified),
            StripeWebhookOutcome.NotYet => WebhookProblems.NotYet(),
            _ => TypedResults.Ok(),
        };
    }
}

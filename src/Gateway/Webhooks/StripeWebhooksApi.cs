using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Identity;
using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Webhooks;

/// <summary>Stripe's events, one endpoint per tenant: <c>/webhooks/stripe/{tenant}</c>.</summary>
/// <remarks>The tenant comes from the URL and is trusted only because the silo verifies the signature with that tenant's secret.</remarks>
public static class StripeWebhooksApi
{
    /// <summary>Stripe's events are small; anything larger is not one.</summary>
    private const int MaxPayload = 512 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhooksApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/webhooks/stripe/{tenant}", ReceiveAsync).WithTags("Webhooks").AllowAnonymous().DisableAntiforgery().WithName("StripeWebhook")
            .Produces(StatusCodes.Status413PayloadTooLarge);
        return routes;
    }

    /// <summary>
    /// 200 for an accepted or repeated event (Stripe stops retrying), 400 for a signature that does not verify (or an
    /// address of no company: the same answer), 409 for an event about a payment of ours not found yet (or not
    /// readable): any answer but 2xx makes Stripe send it again. 413 for a body over 512 KiB, with or without Content-Length.
    /// </summary>
    public static async Task<Results<Ok, BadRequest, Conflict, StatusCodeHttpResult>> ReceiveAsync(string tenant, HttpRequest request, IClusterClient cluster)
    {
        if (await WebhookRequests.ReadBoundedAsync(request, MaxPayload) is not { } body)
        {
            return WebhookRequests.TooLarge();
        }

        if (!await WebhookRequests.IsKnownTenantAsync(cluster, tenant))
        {
            return TypedResults.BadRequest();
        }

        // Set here, not in an async helper: a request-context value set inside an awaited method does not flow back out.
        CallerContext.Set(Caller.System(tenant, ChangeSources.Integration));
        var outcome = await cluster.GetGrain<IStripeWebhookGrain>(GrainKeys.For(tenant, IStripeWebhookGrain.Id))
            .AcceptAsync(Encoding.UTF8.GetString(body), request.Headers["Stripe-Signature"].FirstOrDefault());
        return outcome switch
        {
            StripeWebhookOutcome.Rejected => TypedResults.BadRequest(),
            StripeWebhookOutcome.NotYet => TypedResults.Conflict(),
            _ => TypedResults.Ok(),
        };
    }
}

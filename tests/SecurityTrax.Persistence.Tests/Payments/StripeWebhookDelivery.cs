using System.Text.Json.Nodes;
using SecurityTrax.Identity;
using SecurityTrax.Payments;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>Delivers a signed Stripe event to a company's webhook grain, as the gateway does after reading the request.</summary>
public sealed class StripeWebhookDelivery(IGrainFactory grains, string tenant, TimeProvider clock)
{
    public Task<StripeWebhookOutcome> DeliverAsync(string payload)
    {
        CallerContext.Set(Caller.System(tenant, ChangeSources.Integration));
        var signature = FakeStripeWebhooks.SignatureHeader(payload, StripeTestSilo.WebhookSecret, clock.GetUtcNow());
        return grains.GetGrain<IStripeWebhookGrain>(GrainKeys.For(tenant, IStripeWebhookGrain.Id)).AcceptAsync(payload, signature);
    }

    public Task<StripeWebhookOutcome> DeliverAsync(string type, JsonObject dataObject, string? apiVersion = null) =>
        DeliverAsync(FakeStripeWebhooks.EventJson(type, dataObject, clock.GetUtcNow(), apiVersion: apiVersion));
}

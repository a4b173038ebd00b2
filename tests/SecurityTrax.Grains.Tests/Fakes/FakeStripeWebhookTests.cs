using SecurityTrax.Testing.Fakes;
using Stripe;

namespace SecurityTrax.Grains.Tests.Fakes;

public sealed class FakeStripeWebhookTests : FakeStripeSession
{
    private const string Secret = "whsec_test_0123456789abcdef";

    [Fact]
    public async Task StripeNetAcceptsAnEventSignedWithTheEndpointSecret()
    {
        var (customer, card) = await CustomerWithAsync();
        var intent = await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 2_500));
        var payload = FakeStripeWebhooks.EventJson("payment_intent.succeeded", Server.FindObject(intent.Id)!, Time.GetUtcNow(), "evt_1");

        var received = EventUtility.ConstructEvent(payload, FakeStripeWebhooks.SignatureHeader(payload, Secret, Time.GetUtcNow()), Secret, 300, Now());

        Assert.Equal(("evt_1", "payment_intent.succeeded", StripeConfiguration.ApiVersion), (received.Id, received.Type, received.ApiVersion));
        var delivered = Assert.IsType<PaymentIntent>(received.Data.Object);
        Assert.Equal((intent.Id, "succeeded", 2_500L), (delivered.Id, delivered.Status, delivered.AmountReceived));
    }

    [Fact]
    public void TheSignatureIsTheOneStripeNetWouldMake()
    {
        var payload = FakeStripeWebhooks.EventJson("customer.created", new() { ["id"] = "cus_1", ["object"] = "customer" }, Time.GetUtcNow());

        Assert.Equal(
            EventUtility.GenerateSignatureHeader(payload, Secret, Now()),
            FakeStripeWebhooks.SignatureHeader(payload, Secret, Time.GetUtcNow()));
    }

    [Fact]
    public void ForgedTamperedAndStaleDeliveriesAreRejected()
    {
        var payload = FakeStripeWebhooks.EventJson("customer.created", new() { ["id"] = "cus_1", ["object"] = "customer" }, Time.GetUtcNow());
        var signed = FakeStripeWebhooks.SignatureHeader(payload, Secret, Time.GetUtcNow());

        var forged = Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(
            payload, FakeStripeWebhooks.SignatureHeader(payload, "whsec_guessed", Time.GetUtcNow()), Secret, 300, Now()));
        var tampered = Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(payload.Replace("cus_1", "cus_2"), signed, Secret, 300, Now()));
        var stale = Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(payload, signed, Secret, 300, Now() + 301));

        Assert.StartsWith("The expected signature was not found", forged.Message);
        Assert.StartsWith("The expected signature was not found", tampered.Message);
        Assert.Contains("outside of the allowed tolerance", stale.Message);
        Assert.Equal("cus_1", ((Customer)EventUtility.ConstructEvent(payload, signed, Secret, 300, Now() + 300).Data.Object).Id);
    }

    private long Now() => Time.GetUtcNow().ToUnixTimeSeconds();
}

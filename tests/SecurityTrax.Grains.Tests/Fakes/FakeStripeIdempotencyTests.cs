using System.Net;
using SecurityTrax.Testing.Fakes;
using Stripe;

namespace SecurityTrax.Grains.Tests.Fakes;

/// <summary>Idempotency keys and network faults: a charge is made at most once per key, whatever the network does.</summary>
public sealed class FakeStripeIdempotencyTests : FakeStripeSession
{
    [Fact]
    public async Task TheSameKeyTwiceGivesTheSamePaymentIntentAndOneCharge()
    {
        var (customer, card) = await CustomerWithAsync();

        var first = await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 4_200), Key("invoice-5311/payment-1"));
        var second = await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 4_200), Key("invoice-5311/payment-1"));

        Assert.Equal((first.Id, first.LatestChargeId), (second.Id, second.LatestChargeId));
        Assert.Equal(first.Id, Assert.Single(Server.Charges, c => c.IdempotencyKey == "invoice-5311/payment-1").PaymentIntentId);
        Assert.Single(Server.Charges);
        Assert.Equal([false, true], Server.Requests.Where(r => r.IdempotencyKey == "invoice-5311/payment-1").Select(r => r.Replayed));
    }

    [Fact]
    public async Task TheSameKeyWithOtherParametersIsRefused()
    {
        var (customer, card) = await CustomerWithAsync();
        await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 4_200), Key("k-1"));

        var error = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 4_300), Key("k-1")));

        Assert.Equal((HttpStatusCode.BadRequest, "idempotency_error"), (error.HttpStatusCode, error.StripeError.Type));
        Assert.Equal(
            "Keys for idempotent requests can only be used with the same parameters they were first used with. "
            + "Try using a key other than 'k-1' if you meant to execute a different request.",
            error.StripeError.Message);
        Assert.Single(Server.Charges);
    }

    [Fact]
    public async Task ADeclineIsReplayedForItsKeyWithoutASecondAttempt()
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Declined" });

        var first = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer.Id, "pm_card_chargeDeclined", 900), Key("k-2")));
        var again = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer.Id, "pm_card_chargeDeclined", 900), Key("k-2")));

        Assert.Equal(first.StripeError.PaymentIntent.Id, again.StripeError.PaymentIntent.Id);
        Assert.Equal("failed", Assert.Single(Server.Charges).Status);
    }

    [Fact]
    public async Task ARefusedRequestDoesNotUseUpItsKey()
    {
        var (customer, card) = await CustomerWithAsync();
        var incomplete = OffSession(customer, card, 4_200);
        incomplete.Amount = null;

        await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.PaymentIntents.CreateAsync(incomplete, Key("k-3")));
        var corrected = await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 4_200), Key("k-3"));

        Assert.Equal("succeeded", corrected.Status);
    }

    [Fact]
    public async Task KeysBelongToOneAccount()
    {
        var (customer, card) = await CustomerWithAsync();
        var other = Server.CreateClient("sk_test_other_dealer");
        var otherCustomer = await other.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Other" });

        await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 1_000), Key("shared"));
        await other.V1.PaymentIntents.CreateAsync(OffSession(otherCustomer.Id, "pm_card_visa", 2_000), Key("shared"));

        Assert.Equal(
            [(FakeStripeServer.DefaultApiKey, 1_000L), ("sk_test_other_dealer", 2_000L)],
            Server.Charges.Select(c => (c.ApiKey, c.Amount)));
    }

    [Fact]
    public async Task AChargeWhoseAnswerWasLostIsReplayedWhenRetriedWithItsKey()
    {
        var (customer, card) = await CustomerWithAsync();
        var dropped = Server.FailNextRequest(FakeStripeFault.DropAfterProcessing, "/v1/payment_intents");

        await Assert.ThrowsAsync<HttpRequestException>(() => Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 6_000), Key("k-4")));
        await dropped;
        var charged = Assert.Single(Server.Charges);
        var retried = await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 6_000), Key("k-4"));

        Assert.Equal((charged.PaymentIntentId, charged.Id, "succeeded"), (retried.Id, retried.LatestChargeId, retried.Status));
        Assert.Single(Server.Charges);
        Assert.Equal(
            [(null, false, FakeStripeFault.DropAfterProcessing), (200, true, (FakeStripeFault?)null)],
            Server.Requests.Where(r => r.IdempotencyKey == "k-4").Select(r => (r.Status, r.Replayed, r.Fault)));
    }

    [Fact]
    public async Task ARequestLostBeforeProcessingChargesNothing()
    {
        var (customer, card) = await CustomerWithAsync();
        _ = Server.FailNextRequest(FakeStripeFault.DropBeforeProcessing, "/v1/payment_intents");

        await Assert.ThrowsAsync<HttpRequestException>(() => Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 6_000), Key("k-5")));
        var chargesAfterTheDrop = Server.Charges.Count;
        var retried = await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 6_000), Key("k-5"));

        Assert.Equal(0, chargesAfterTheDrop);
        Assert.Equal(retried.Id, Assert.Single(Server.Charges).PaymentIntentId);
    }

    [Fact]
    public async Task AChargeThatTimedOutOnTheClientHasHappenedAndIsReplayed()
    {
        var (customer, card) = await CustomerWithAsync();
        var processed = Server.FailNextRequest(FakeStripeFault.HangAfterProcessing, "/v1/payment_intents");
        using var timeOut = new CancellationTokenSource();

        // The client gives up once the server has charged, never before: a fixed client timeout could expire before
        // a slow machine delivers the request, and the retry would then meet the armed fault instead.
        var call = Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 6_000), Key("k-6"), timeOut.Token);
        await processed;
        await timeOut.CancelAsync();
        await Assert.ThrowsAsync<TaskCanceledException>(() => call);
        var retried = await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 6_000), Key("k-6"));

        Assert.Equal(retried.LatestChargeId, Assert.Single(Server.Charges).Id);
    }

    [Fact]
    public async Task AHungRequestThatTheCallerAbandonsChargesNothing()
    {
        var (customer, card) = await CustomerWithAsync();
        var hung = Server.FailNextRequest(FakeStripeFault.HangBeforeProcessing, "/v1/payment_intents");
        using var abandon = new CancellationTokenSource();

        var call = Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, 6_000), Key("k-7"), abandon.Token);
        await hung;
        await abandon.CancelAsync();

        await Assert.ThrowsAsync<TaskCanceledException>(() => call);
        Assert.Empty(Server.Charges);
        Assert.Equal(FakeStripeFault.HangBeforeProcessing, Server.Requests[^1].Fault);
    }
}

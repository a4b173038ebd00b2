using System.Net;
using Stripe;

namespace SecurityTrax.Grains.Tests.Fakes;

public sealed class FakeStripeRefundTests : FakeStripeSession
{
    [Fact]
    public async Task PartialRefundsAddUpToTheChargeAndNoFurther()
    {
        var intent = await ChargeAsync(10_000);

        var first = await Stripe.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 2_500, Reason = "requested_by_customer" });
        var rest = await Stripe.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id });
        var more = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 1 }));

        Assert.Equal((2_500L, "succeeded", "requested_by_customer", intent.LatestChargeId), (first.Amount, first.Status, first.Reason, first.ChargeId));
        Assert.Equal((7_500L, intent.Id), (rest.Amount, rest.PaymentIntentId));
        Assert.Equal((HttpStatusCode.BadRequest, "charge_already_refunded"), (more.HttpStatusCode, more.StripeError.Code));
        Assert.Equal(10_000, Assert.Single(Server.Charges).AmountRefunded);
        Assert.Equal([2_500L, 7_500L], Server.Refunds.Select(r => r.Amount));
        var charge = await Stripe.V1.Charges.GetAsync(intent.LatestChargeId);
        Assert.Equal((10_000L, true), (charge.AmountRefunded, charge.Refunded));
    }

    [Fact]
    public async Task ARefundLargerThanWhatIsLeftIsRefusedAndRefundsNothing()
    {
        var intent = await ChargeAsync(10_000);
        await Stripe.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 6_000 });

        var error = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 5_000 }));

        Assert.Equal(
            (HttpStatusCode.BadRequest, "invalid_request_error", "amount_too_large", "amount"),
            (error.HttpStatusCode, error.StripeError.Type, error.StripeError.Code, error.StripeError.Param));
        Assert.Equal("Refund amount ($50.00) is greater than unrefunded amount on charge ($40.00)", error.StripeError.Message);
        Assert.Equal(6_000, Assert.Single(Server.Charges).AmountRefunded);
        Assert.Single(Server.Refunds);
    }

    [Fact]
    public async Task ARefundRepeatedWithItsKeyRefundsOnce()
    {
        var intent = await ChargeAsync(3_000);

        var first = await Stripe.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 1_000 }, Key("refund-1"));
        var again = await Stripe.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 1_000 }, Key("refund-1"));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1_000, Assert.Single(Server.Charges).AmountRefunded);
        Assert.Equal((first.Id, "refund-1"), (Assert.Single(Server.Refunds).Id, Server.Refunds[0].IdempotencyKey));
    }

    [Fact]
    public async Task APaymentThatHasNotSucceededCannotBeRefunded()
    {
        var (customer, bank) = await CustomerWithAsync("pm_usBankAccount_success");
        var processing = await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, bank, 5_000));

        var error = await Assert.ThrowsAsync<StripeException>(() => Stripe.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = processing.Id }));

        Assert.Equal((HttpStatusCode.BadRequest, $"This PaymentIntent ({processing.Id}) does not have a successful charge to refund."), (error.HttpStatusCode, error.StripeError.Message));
        Assert.Empty(Server.Refunds);
    }

    private async Task<PaymentIntent> ChargeAsync(long amount)
    {
        var (customer, card) = await CustomerWithAsync();
        return await Stripe.V1.PaymentIntents.CreateAsync(OffSession(customer, card, amount));
    }
}

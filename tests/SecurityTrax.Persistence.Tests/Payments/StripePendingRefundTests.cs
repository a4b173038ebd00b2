using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>Refunds Stripe answers "pending" (bank debits): they stay pending until Stripe says how they ended.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StripePendingRefundTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    [Fact]
    public async Task APendingRefundKeepsItsAmountReservedAFailedOneGivesItBackAndASucceededOneReopensTheInvoice()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        var webhooks = new StripeWebhookDelivery(silo.Grains, s.Tenant, Clock);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        await s.LabourInvoiceAsync(5001, 1001);
        var debit = await s.ChargeAsync("ach", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        Stripe.SettleBankPayment(debit.TransactionId!, succeeded: true);
        await s.Payment(debit.Id).ResumeAsync();

        var first = await s.Operation("refund-1").RefundAsync(debit.Id, 50.00m, "Overcharged");
        var whilePending = await s.Payment(debit.Id).ResumeAsync();
        var dueWhilePending = (await s.Invoice(5001).GetAsync()).Totals.Due;
        var failed = await webhooks.DeliverAsync(Stripe.SettleRefund(Stripe.Refunds[0].Id, succeeded: false));
        var afterFailure = await s.Payment(debit.Id).GetAsync();
        var firstRefund = await s.Payment(first.Id).GetAsync();
        var dueAfterFailure = (await s.Invoice(5001).GetAsync()).Totals.Due;

        var second = await s.Operation("refund-2").RefundAsync(debit.Id, 30.00m, null);
        var succeeded = await webhooks.DeliverAsync(Stripe.SettleRefund(Stripe.Refunds[1].Id, succeeded: true));
        var afterSuccess = await s.Payment(debit.Id).GetAsync();
        var secondRefund = await s.Payment(second.Id).GetAsync();
        var invoice = await s.Invoice(5001).GetAsync();

        Assert.Equal(PaymentStatus.Processing, first.Status);
        Assert.Equal((120.00m, 0m, 0), (whilePending.Refundable, whilePending.Refunded, whilePending.Refunds.Length));
        Assert.Equal(("refund_pending", 2), (whilePending.Log[^1].Step, whilePending.Log[^1].Count));
        Assert.Equal(0m, dueWhilePending);
        Assert.Equal(1, Stripe.Requests.Count(r => r.Method == "GET" && r.Path == $"/v1/refunds/{Stripe.Refunds[0].Id}"));
        Assert.Equal((StripeWebhookOutcome.Accepted, StripeWebhookOutcome.Accepted), (failed, succeeded));
        Assert.Equal((PaymentStatus.Failed, Stripe.Refunds[0].Id), (firstRefund.Status, firstRefund.TransactionId));
        Assert.Equal((170.00m, 0m), (afterFailure.Refundable, afterFailure.Refunded));
        Assert.Equal(PaymentStatus.Failed, Assert.Single(afterFailure.Refunds).Status);
        Assert.Equal(0m, dueAfterFailure);
        Assert.Equal(PaymentStatus.Processing, second.Status);
        Assert.Equal(PaymentStatus.Succeeded, secondRefund.Status);
        Assert.Equal((140.00m, 30.00m), (afterSuccess.Refundable, afterSuccess.Refunded));
        Assert.Equal((30.00m, 140.00m), (invoice.Totals.Due, invoice.Totals.Applied));
        Assert.Equal(2, Stripe.Refunds.Count);
    }
}

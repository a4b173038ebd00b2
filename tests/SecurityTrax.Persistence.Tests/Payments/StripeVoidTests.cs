using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Errors;
using SecurityTrax.Payments;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>Voiding an unsettled bank debit: the payment intent is cancelled at Stripe once, also across a silo crash.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StripeVoidTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    [Fact]
    public async Task ASiloDyingAfterStripeCancelledTheDebitEndsWithOneCancelAndAVoidedPaymentAndTheInvoiceStaysDue()
    {
        var first = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(first.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        await s.LabourInvoiceAsync(5001, 1001);
        var pending = await s.ChargeAsync("ach", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        var cancel = $"/v1/payment_intents/{pending.TransactionId}/cancel";
        var cancelled = Stripe.FailNextRequest(FakeStripeFault.HangAfterProcessing, cancel);

        _ = s.Payment(pending.Id).VoidAsync(pending.Version, "Entered twice");
        await cancelled.WaitAsync(TimeSpan.FromSeconds(30));
        await first.Host.StopAsync(new CancellationToken(canceled: true));
        first.Host.Dispose();

        await using var second = await StartSiloAsync();
        var again = new PaymentScenario(s.Billing, second.Grains);
        var voided = await again.Payment(pending.Id).VoidAsync(pending.Version, "Entered twice");
        var repeated = await again.Payment(pending.Id).VoidAsync(0, null);
        var invoice = await again.Invoice(5001).GetAsync();

        Assert.Equal((PaymentStatus.Voided, "Entered twice"), (voided.Status, voided.Reason));
        Assert.Equal((PaymentStatus.Voided, voided.Version), (repeated.Status, repeated.Version));
        Assert.Equal(2, Stripe.Requests.Count(r => r.Path == cancel));
        Assert.True(Stripe.Requests.Last(r => r.Path == cancel).Replayed);
        Assert.Equal("canceled", (string?)Stripe.FindObject(pending.TransactionId!)!["status"]);
        Assert.Equal("failed", Assert.Single(Stripe.Charges).Status);
        Assert.Single(voided.Log, l => l.Step == "void_requested");
        Assert.Equal((170.00m, 0m), (invoice.Totals.Due, invoice.Totals.Applied));
        Assert.Empty(voided.Applications);
    }

    [Fact]
    public async Task AVoidWithoutAnAnswerFromStripeStaysProcessingAndTheNextStepCancelsItWithTheSameKey()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        var pending = await s.ChargeAsync("ach", 1001, 40.00m);
        var cancel = $"/v1/payment_intents/{pending.TransactionId}/cancel";
        _ = Stripe.FailNextRequest(FakeStripeFault.DropBeforeProcessing, cancel);

        var waiting = await s.Payment(pending.Id).VoidAsync(pending.Version, null);
        var resumed = await s.Payment(pending.Id).ResumeAsync();

        Assert.Equal((PaymentStatus.Processing, "void_unknown"), (waiting.Status, waiting.Log[^1].Step));
        Assert.Equal(PaymentStatus.Voided, resumed.Status);
        var keys = Stripe.Requests.Where(r => r.Path == cancel).Select(r => r.IdempotencyKey).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Single(keys.Distinct());
        Assert.Equal("canceled", (string?)Stripe.FindObject(pending.TransactionId!)!["status"]);
    }

    [Fact]
    public async Task ADebitThatSettledAtStripeIsNotVoidedTheAnswerIsLoggedAndRefundingIsSuggested()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        var pending = await s.ChargeAsync("ach", 1001, 60.00m);
        Stripe.SettleBankPayment(pending.TransactionId!, succeeded: true);

        var refused = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Payment(pending.Id).VoidAsync(pending.Version, null));
        var after = await s.Payment(pending.Id).GetAsync();
        var card = await s.CustomerWithMethodAsync(1002);
        var paid = await s.ChargeAsync("card", 1002, 20.00m);
        var settled = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Payment(paid.Id).VoidAsync(paid.Version, null));

        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Contains("refund it instead", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PaymentStatus.Processing, after.Status);
        Assert.Equal("void_refused", after.Log[^1].Step);
        Assert.Equal("succeeded", (string?)Stripe.FindObject(pending.TransactionId!)!["status"]);
        Assert.Equal((ErrorKind.Conflict, PaymentStatus.Succeeded), (settled.Kind, (await s.Payment(paid.Id).GetAsync()).Status));
        Assert.Contains("refund it instead", settled.Message, StringComparison.Ordinal);
        Assert.NotNull(card);
    }
}

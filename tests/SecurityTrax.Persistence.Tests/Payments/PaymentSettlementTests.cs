using SecurityTrax.Errors;
using SecurityTrax.Payments;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>
/// Card payments against the fake Stripe server with a settlement cut-off (02:00 in the company's zone): voided while
/// authorised, refunded once settled, and a saved payment processed later, each once across a silo crash; a scheduled
/// payment's posting date moved by an edit.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PaymentSettlementTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    private const string Cutoff = "02:00";

    [Fact]
    public async Task ACardPaymentIsVoidedWhileAuthorisedByReversingItAtStripeAndRefundedOnlyAfterTheCutoff()
    {
        await using var silo = await StartSiloAsync(cardSettlementCutoff: Cutoff);
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        var first = await s.ChargeAsync("first", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        var second = await s.ChargeAsync("second", 1001, 30.00m);

        var earlyRefund = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Operation("refund-early").RefundAsync(first.Id, 10.00m, null));
        var voided = await s.Payment(first.Id).VoidAsync(first.Version, "Wrong card");
        var invoice = await s.Invoice(5001).GetAsync();
        // 17:00 UTC is 10:00 in Denver; the cut-off is at 02:00 there, 09:00 UTC the next day.
        Clock.Advance(TimeSpan.FromHours(16.1));
        var settled = await s.Payment(second.Id).GetAsync();
        var lateVoid = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Payment(second.Id).VoidAsync(settled.Version, null));
        var refund = await s.Operation("refund-late").RefundAsync(second.Id, 10.00m, null);

        Assert.Equal((PaymentStatus.Succeeded, PaymentSettlement.Authorised, 0m), (first.Status, first.Settlement, first.Refundable));
        Assert.Equal(ErrorKind.Conflict, earlyRefund.Kind);
        Assert.Contains("void it instead", earlyRefund.Message, StringComparison.Ordinal);
        Assert.Equal((PaymentStatus.Voided, "Wrong card"), (voided.Status, voided.Reason));
        Assert.Equal(17000, Assert.Single(Stripe.Refunds, r => r.PaymentIntentId == first.TransactionId).Amount);
        Assert.Equal((170.00m, 0m), (invoice.Totals.Due, invoice.Totals.Applied));
        Assert.Equal((PaymentSettlement.Settled, 30.00m), (settled.Settlement, settled.Refundable));
        Assert.Contains("refund it instead", lateVoid.Message, StringComparison.Ordinal);
        Assert.Equal((PaymentType.Refund, -10.00m), (refund.Type, refund.Amount));
    }

    [Fact]
    public async Task ASiloDyingWhileStripeReversesAnAuthorisedPaymentEndsWithOneReversalAndAVoidedPayment()
    {
        var first = await StartSiloAsync(cardSettlementCutoff: Cutoff);
        var s = await PaymentScenario.StartAsync(first.Grains);
        await s.CustomerWithMethodAsync(1001);
        var paid = await s.ChargeAsync("paid", 1001, 50.00m);
        var reversed = Stripe.FailNextRequest(FakeStripeFault.HangAfterProcessing, "/v1/refunds");

        _ = s.Payment(paid.Id).VoidAsync(paid.Version, "Entered twice");
        await reversed.WaitAsync(TimeSpan.FromSeconds(30));
        await first.KillAsync();

        await using var second = await StartSiloAsync(cardSettlementCutoff: Cutoff);
        var again = new PaymentScenario(s.Billing, second.Grains);
        var voided = await again.Payment(paid.Id).VoidAsync(paid.Version, "Entered twice");

        Assert.Equal(PaymentStatus.Voided, voided.Status);
        Assert.Single(Stripe.Refunds, r => r.PaymentIntentId == paid.TransactionId);
        Assert.Equal(2, Stripe.Requests.Count(r => r.Path == "/v1/refunds"));
        Assert.True(Stripe.Requests.Last(r => r.Path == "/v1/refunds").Replayed);
        Assert.Single(voided.Log, l => l.Step == "void_requested");
    }

    [Fact]
    public async Task ASavedPaymentIsChargedOnlyWhenProcessedAndOnceAcrossASiloDyingWhileStripeCharges()
    {
        var first = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(first.Grains);
        await s.CustomerWithMethodAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        var saved = await s.Operation("save").RecordAsync(new NewPayment(
            1001, PaymentType.Sale, 170.00m, null, null, null, "Phone order", null, false, null, [new ApplicationRequest(5001, 170.00m)], SaveOnly: true));
        var stale = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Payment(saved.Id).ProcessAsync("process", saved.Version - 1));
        var requestsWhileSaved = Stripe.Requests.Count(r => r.Path == "/v1/payment_intents");
        var charged = Stripe.FailNextRequest(FakeStripeFault.HangAfterProcessing, "/v1/payment_intents");

        _ = s.Payment(saved.Id).ProcessAsync("process", saved.Version);
        await charged.WaitAsync(TimeSpan.FromSeconds(30));
        await first.KillAsync();

        await using var second = await StartSiloAsync();
        var again = new PaymentScenario(s.Billing, second.Grains);
        var processed = await again.Payment(saved.Id).ProcessAsync("process", saved.Version);
        var invoice = await again.Invoice(5001).GetAsync();

        Assert.Equal((PaymentStatus.Saved, 0), (saved.Status, requestsWhileSaved));
        Assert.Equal(ErrorKind.VersionMismatch, stale.Kind);
        Assert.Equal(PaymentStatus.Succeeded, processed.Status);
        Assert.Single(Stripe.Charges);
        Assert.Equal(2, Stripe.Requests.Count(r => r.Path == "/v1/payment_intents"));
        Assert.Equal((0m, 170.00m), (invoice.Totals.Due, invoice.Totals.Applied));
        Assert.Single(processed.Log, l => l.Step == "process_requested");
    }

    [Fact]
    public async Task AScheduledPaymentsPostingDateIsMovedByAnEditAndItIsSentOnTheNewDayOnly()
    {
        await using var silo = await StartSiloAsync(platformKey: null);
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        // 17:00 UTC is 10:00 on 2026-11-26 in Denver.
        var scheduled = await s.Operation("later").RecordAsync(new NewPayment(
            1001, PaymentType.Sale, 25.00m, null, null, new DateOnly(2026, 12, 5), null, null, false, null, []));

        var past = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Payment(scheduled.Id).EditAsync(
            new PaymentChanges(scheduled.Version, null, null, new DateOnly(2026, 11, 20), false, null, null)));
        var cleared = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Payment(scheduled.Id).EditAsync(
            new PaymentChanges(scheduled.Version, null, null, null, true, null, null)));
        var moved = await s.Payment(scheduled.Id).EditAsync(new PaymentChanges(scheduled.Version, "Moved up", null, new DateOnly(2026, 11, 27), false, null, null));
        var stillWaiting = await s.Payment(scheduled.Id).ResumeAsync();
        Clock.Advance(TimeSpan.FromDays(1));
        var sent = await s.Payment(scheduled.Id).ResumeAsync();

        Assert.Equal(PaymentStatus.Scheduled, scheduled.Status);
        Assert.Equal(["postingDate"], past.Fields.Select(f => f.Field));
        Assert.Equal(["postingDate"], cleared.Fields.Select(f => f.Field));
        Assert.Equal((PaymentStatus.Scheduled, new DateOnly(2026, 11, 27), "Moved up"), (moved.Status, moved.PostingDate, moved.Reference));
        Assert.Equal(scheduled.Version + 1, moved.Version);
        Assert.Equal(PaymentStatus.Scheduled, stillWaiting.Status);
        Assert.Equal(PaymentStatus.Succeeded, sent.Status);
    }
}

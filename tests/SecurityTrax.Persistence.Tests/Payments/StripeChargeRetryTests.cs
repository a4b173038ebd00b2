using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>A charge whose answer never comes: repeated under one key with back-off, never after the key's retention; a late webhook settles it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StripeChargeRetryTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    private const string Intents = "/v1/payment_intents";
    [Fact]
    public async Task AnUnansweredChargeIsRepeatedWithBackOffUnderOneKeyAndStopsBeforeTheKeyExpiresAskingAPerson()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        var operation = s.Operation("card");
        var office = new Caller(s.Tenant, "office-2", "Office Two", "api", null, null, GrantSet.Of(BuiltInRoles.DefaultGrants(BuiltInRoles.Office)));
        _ = Stripe.FailNextRequest(FakeStripeFault.DropBeforeProcessing, Intents);
        CallerContext.Set(office);
        var first = await operation.RecordAsync(new NewPayment(1001, PaymentType.Sale, 25.00m, null, null, null, null, null, false, null, []));
        var payment = s.Payment(first.Id);
        await payment.ResumeAsync();
        var askedAtOnce = Stripe.Requests.Count(r => r.Path == Intents);

        // Waits of 5, 10, 20, 40, 80 minutes, then 2 hours: attempts at 0, 5, 15, 35, 75, 155, 275, … 1355 minutes (16 in all);
        // the next would be at 1475 minutes, past 23 hours, so the key (kept 24 hours by Stripe) is never used near its end.
        for (var unanswered = 1; unanswered < 16; unanswered++)
        {
            Clock.Advance(PaymentRetryPolicy.Wait(unanswered));
            _ = Stripe.FailNextRequest(FakeStripeFault.DropBeforeProcessing, Intents);
            await payment.ResumeAsync();
        }

        Clock.Advance(PaymentRetryPolicy.Wait(16));
        var stopped = await payment.ResumeAsync();
        Clock.Advance(TimeSpan.FromHours(3));
        var later = await payment.ResumeAsync();
        var told = await Fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM notifications WHERE tenant_id = @t AND user_id = @u AND kind = @k", ("t", s.Tenant), ("u", office.UserId), ("k", PaymentAttention.Kind));
        var reminders = await Fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansreminders WHERE serviceid = @s AND grainid LIKE @g", ("s", ServiceId), ("g", $"%{s.Tenant}/{first.Id}%"));

        var charges = Stripe.Requests.Where(r => r.Path == Intents).ToList();
        Assert.Equal(1, askedAtOnce);
        Assert.Equal(16, charges.Count);
        Assert.Single(charges.Select(c => c.IdempotencyKey).Distinct());
        Assert.Empty(Stripe.Charges);
        Assert.Equal((PaymentStatus.Processing, PaymentStatus.Processing, null), (stopped.Status, later.Status, later.TransactionId));
        Assert.Equal(16, later.Log.Count(l => l.Step == "charge_requested"));
        Assert.Equal("charge_stopped", Assert.Single(later.Log, l => l.Step == "charge_stopped").Step);
        Assert.Equal("charge_stopped", later.Log[^1].Step);
        // Once after five unanswered attempts, once when it stopped.
        Assert.Equal(2L, told);
        Assert.Equal(0L, reminders);
    }

    [Fact]
    public async Task ARefusedRepeatOfAChargeWhoseAnswerWasLostKeepsItProcessingWhileARefusedFirstChargeFails()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        await s.CustomerWithMethodAsync(1002);
        _ = Stripe.FailNextRequest(FakeStripeFault.DropAfterProcessing, Intents);
        var charged = await s.ChargeAsync("lost-answer", 1001, 35.00m);

        Stripe.RefuseApiKey(FakeStripeServer.DefaultApiKey, 401);
        var refusedFirst = await s.ChargeAsync("refused-first", 1002, 15.00m);
        Clock.Advance(PaymentRetryPolicy.Wait(1));
        var repeated = await s.Payment(charged.Id).ResumeAsync();

        Assert.Equal((PaymentStatus.Processing, null), (charged.Status, charged.TransactionId));
        Assert.Equal(PaymentStatus.Failed, refusedFirst.Status);
        Assert.Contains("api_key_expired", refusedFirst.Reason, StringComparison.Ordinal);
        Assert.Equal((PaymentStatus.Processing, "refused"), (repeated.Status, repeated.Log[^1].Step));
        Assert.Equal("succeeded", Assert.Single(Stripe.Charges).Status);
    }

    [Fact]
    public async Task ALateSucceededWebhookSettlesACardChargeWhoseAnswerWasLost()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        _ = Stripe.FailNextRequest(FakeStripeFault.DropAfterProcessing, Intents);

        var waiting = await s.ChargeAsync("card", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        var intent = Stripe.FindObject(Assert.Single(Stripe.Charges).PaymentIntentId)!;
        var outcome = await new StripeWebhookDelivery(silo.Grains, s.Tenant, Clock).DeliverAsync("payment_intent.succeeded", intent);
        var settled = await s.Payment(waiting.Id).GetAsync();
        var invoice = await s.Invoice(5001).GetAsync();

        Assert.Equal((PaymentStatus.Processing, null), (waiting.Status, waiting.TransactionId));
        Assert.Equal(StripeWebhookOutcome.Accepted, outcome);
        Assert.Equal((PaymentStatus.Succeeded, (string?)intent["id"]), (settled.Status, settled.TransactionId));
        Assert.Equal((0m, InvoiceStatus.Paid), (invoice.Totals.Due, invoice.Status));
        Assert.Single(Stripe.Requests, r => r.Path == Intents);
    }
}

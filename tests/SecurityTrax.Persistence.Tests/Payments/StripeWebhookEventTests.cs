using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>Stripe's webhooks: other API versions, payments not found yet, closed disputes, and a bounded memory of event ids.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StripeWebhookEventTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    [Fact]
    public async Task AnEventOfTheAccountsOlderApiVersionIsReadAndSettlesTheDebit()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        var pending = await s.ChargeAsync("ach", 1001, 60.00m);
        Stripe.SettleBankPayment(pending.TransactionId!, succeeded: true);

        var outcome = await new StripeWebhookDelivery(silo.Grains, s.Tenant, Clock)
            .DeliverAsync("payment_intent.succeeded", Stripe.FindObject(pending.TransactionId!)!, apiVersion: "2024-06-20");
        var settled = await s.Payment(pending.Id).GetAsync();

        Assert.Equal(StripeWebhookOutcome.Accepted, outcome);
        Assert.Equal(PaymentStatus.Succeeded, settled.Status);
    }

    [Fact]
    public async Task AnEventAboutOurPaymentNotFoundYetIsNotRememberedSoStripesRetryIsHandled()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        var webhooks = new StripeWebhookDelivery(silo.Grains, s.Tenant, Clock);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        var intentId = "pi_" + Guid.NewGuid().ToString("N")[..24];
        var intent = new JsonObject
        {
            ["id"] = intentId, ["object"] = "payment_intent", ["amount"] = 4000, ["currency"] = "usd", ["status"] = "succeeded",
            ["metadata"] = new JsonObject { [ChargeMetadata.Tenant] = s.Tenant },
        };
        var payload = FakeStripeWebhooks.EventJson("payment_intent.succeeded", intent, Clock.GetUtcNow());
        var foreign = FakeStripeWebhooks.EventJson("payment_intent.succeeded", new JsonObject { ["id"] = "pi_someone_elses", ["object"] = "payment_intent", ["status"] = "succeeded" }, Clock.GetUtcNow());

        var early = await webhooks.DeliverAsync(payload);
        var retried = await webhooks.DeliverAsync(payload);
        var notOurs = await webhooks.DeliverAsync(foreign);
        Stripe.PlanNextId(intentId);
        var pending = await s.ChargeAsync("ach", 1001, 40.00m);
        var handled = await webhooks.DeliverAsync(payload);
        var repeated = await webhooks.DeliverAsync(payload);
        var settled = await s.Payment(pending.Id).GetAsync();

        Assert.Equal((StripeWebhookOutcome.NotYet, StripeWebhookOutcome.NotYet, StripeWebhookOutcome.Accepted), (early, retried, notOurs));
        Assert.Equal((intentId, PaymentStatus.Processing), (pending.TransactionId, pending.Status));
        Assert.Equal((StripeWebhookOutcome.Accepted, StripeWebhookOutcome.Duplicate), (handled, repeated));
        Assert.Equal(PaymentStatus.Succeeded, settled.Status);
    }

    [Fact]
    public async Task ALostDisputeReopensTheInvoiceOnceInHistoryAndAWonOneIsRecorded()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        var webhooks = new StripeWebhookDelivery(silo.Grains, s.Tenant, Clock);
        await s.CustomerWithMethodAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        var lostPayment = await s.ChargeAsync("lost", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        var wonPayment = await s.ChargeAsync("won", 1001, 90.00m);

        await webhooks.DeliverAsync("charge.dispute.created", Dispute("dp_lost", lostPayment.TransactionId!, 17000, "needs_response"));
        var lost = await webhooks.DeliverAsync("charge.dispute.closed", Dispute("dp_lost", lostPayment.TransactionId!, 17000, "lost"));
        var again = await webhooks.DeliverAsync("charge.dispute.closed", Dispute("dp_lost", lostPayment.TransactionId!, 17000, "lost"));
        await webhooks.DeliverAsync("charge.dispute.created", Dispute("dp_won", wonPayment.TransactionId!, 9000, "needs_response"));
        var won = await webhooks.DeliverAsync("charge.dispute.closed", Dispute("dp_won", wonPayment.TransactionId!, 9000, "won"));
        var afterLost = await s.Payment(lostPayment.Id).GetAsync();
        var afterWon = await s.Payment(wonPayment.Id).GetAsync();
        var invoice = await s.Invoice(5001).GetAsync();
        var history = await Fixture.Database.RowsAsync(
            $"SELECT action || ':' || coalesce(field, '') || ':' || coalesce(new_value, '') FROM history WHERE tenant_id = '{s.Tenant}' AND entity_id = '{lostPayment.Id}' AND action IN ('dispute_lost', 'unapplied') ORDER BY occurred_at, action");

        Assert.Equal((StripeWebhookOutcome.Accepted, StripeWebhookOutcome.Accepted, StripeWebhookOutcome.Accepted), (lost, again, won));
        Assert.Equal((170.00m, 0m, InvoiceStatus.Open), (invoice.Totals.Due, invoice.Totals.Applied, invoice.Status));
        Assert.Equal((0m, 0m), (afterLost.Refundable, afterLost.Unapplied));
        Assert.Empty(afterLost.Applications);
        Assert.Single(afterLost.Log, l => l.Step == "dispute_lost");
        Assert.Equal(["dispute_lost:disputed:170.00", "unapplied:invoice 5001:0.00"], history);
        Assert.Equal((90.00m, "dispute_won"), (afterWon.Refundable, afterWon.Log[^1].Step));
    }

    [Fact]
    public async Task TheWebhookRemembersOnlyTheNewestEventIds()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        var webhooks = new StripeWebhookDelivery(silo.Grains, s.Tenant, Clock);
        // The grain's state is rewritten on every event, so it holds the newest 200 ids, not thousands.
        const int remembered = 200;
        var ids = Enumerable.Range(0, remembered + 50).Select(i => $"evt_memory{i:D5}").ToList();

        foreach (var id in ids)
        {
            await webhooks.DeliverAsync(FakeStripeWebhooks.EventJson("customer.created", new JsonObject { ["id"] = "cus_" + id, ["object"] = "customer" }, Clock.GetUtcNow(), id));
        }

        var newest = await webhooks.DeliverAsync(FakeStripeWebhooks.EventJson("customer.created", new JsonObject { ["id"] = "cus_x", ["object"] = "customer" }, Clock.GetUtcNow(), ids[^1]));
        var row = await Fixture.Database.ScalarAsync<string>(
            "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE serviceid = @s AND graintypestring = @t AND grainidextensionstring = @k",
            ("s", ServiceId), ("t", "stripeWebhooks"), ("k", GrainKeys.For(s.Tenant, IStripeWebhookGrain.Id)));
        var seen = JsonDocument.Parse(row!).RootElement.GetProperty("Seen").EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Equal(StripeWebhookOutcome.Duplicate, newest);
        Assert.Equal(remembered, StripeWebhookGrain.Remembered);
        Assert.Equal(ids[^remembered..], seen);
    }

    private static JsonObject Dispute(string id, string intent, long cents, string status) => new()
    {
        ["id"] = id, ["object"] = "dispute", ["amount"] = cents, ["currency"] = "usd", ["payment_intent"] = intent, ["reason"] = "fraudulent", ["status"] = status,
    };
}

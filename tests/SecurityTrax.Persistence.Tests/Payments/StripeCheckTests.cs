using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>Checking a pending charge: only Stripe's word about the payment intent changes the payment; refusals wait, back off and tell the office.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StripeCheckTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    [Fact]
    public async Task ChecksRefusedForARolledOrRestrictedKeyKeepTheDebitProcessingBackOffTellTheOfficeOnceAndALateWebhookSettlesIt()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        await s.LabourInvoiceAsync(5001, 1001);
        var operation = s.Operation("ach");
        var office = new Caller(s.Tenant, "office-1", "Office One", "api", null, null, GrantSet.Of(BuiltInRoles.DefaultGrants(BuiltInRoles.Office)));
        CallerContext.Set(office);
        var pending = await operation.RecordAsync(new NewPayment(1001, PaymentType.Sale, 170.00m, null, null, null, null, null, false, null, [new ApplicationRequest(5001, 170.00m)]));
        var payment = s.Payment(pending.Id);

        await payment.ResumeAsync();
        Stripe.RefuseApiKey(FakeStripeServer.DefaultApiKey, 401);
        var refused = await payment.ResumeAsync();
        await payment.ResumeAsync();
        for (var unanswered = 1; unanswered < PaymentRetryPolicy.AttentionAfter; unanswered++)
        {
            Clock.Advance(PaymentRetryPolicy.Wait(unanswered));
            await payment.ResumeAsync();
        }

        Stripe.RefuseApiKey(FakeStripeServer.DefaultApiKey, 403);
        Clock.Advance(PaymentRetryPolicy.Wait(PaymentRetryPolicy.AttentionAfter));
        var restricted = await payment.ResumeAsync();
        var told = await NotificationsAsync(s.Tenant, office.UserId);
        var outcome = await new StripeWebhookDelivery(silo.Grains, s.Tenant, Clock).DeliverAsync(Stripe.SettleBankPayment(pending.TransactionId!, succeeded: true));
        var settled = await s.Payment(pending.Id).GetAsync();
        var invoice = await s.Invoice(5001).GetAsync();

        var checks = Stripe.Requests.Where(r => r.Method == "GET" && r.Path == $"/v1/payment_intents/{pending.TransactionId}").Select(r => r.Status).ToList();
        Assert.Equal([200, 401, 401, 401, 401, 401, 403], checks);
        Assert.Equal((PaymentStatus.Processing, PaymentStatus.Processing), (refused.Status, restricted.Status));
        Assert.Equal(
            [("created", 1), ("charge_requested", 1), ("pending", 2), ("refused", 5), ("refused", 1)],
            restricted.Log.Select(l => (l.Step, l.Count)));
        Assert.Contains("401", restricted.Log[3].Detail, StringComparison.Ordinal);
        Assert.Contains("403", restricted.Log[4].Detail, StringComparison.Ordinal);
        Assert.Equal(1L, told);
        Assert.Equal(StripeWebhookOutcome.Accepted, outcome);
        Assert.Equal((PaymentStatus.Succeeded, 0m), (settled.Status, invoice.Totals.Due));
    }

    [Fact]
    public async Task RepeatedChecksOfAPendingDebitAreOneLogEntryWithACount()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        var pending = await s.ChargeAsync("ach", 1001, 40.00m);

        for (var tick = 0; tick < 12; tick++)
        {
            Clock.Advance(TimeSpan.FromMinutes(5));
            await s.Payment(pending.Id).ResumeAsync();
        }

        var polled = await s.Payment(pending.Id).GetAsync();

        Assert.Equal(12, Stripe.Requests.Count(r => r.Method == "GET" && r.Path == $"/v1/payment_intents/{pending.TransactionId}"));
        var entry = Assert.Single(polled.Log, l => l.Step == "pending");
        Assert.Equal((13, (DateTimeOffset?)Clock.GetUtcNow()), (entry.Count, entry.LastAt));
        Assert.Equal(3, polled.Log.Length);
    }

    private Task<long> NotificationsAsync(string tenant, string userId) => Fixture.Database.ScalarAsync<long>(
        "SELECT count(*) FROM notifications WHERE tenant_id = @t AND user_id = @u AND kind = @k", ("t", tenant), ("u", userId), ("k", PaymentAttention.Kind));
}

using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

/// <summary>Auto-charge through the payment machinery (sandbox processor) on each generated invoice's due date.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RecurringChargeTests(PostgresFixture fixture)
{
    [Fact]
    public async Task EachInvoiceIsChargedOnceOnItsDueDateAndPaidAndTheCustomerIsEmailed()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, customer, recurring, schedule) = await StartAsync(silo.Grains, "pm_card_visa", 31);

        billing.MoveTo(schedule.DueAt(0));
        await billing.StepUntilAsync(async () => (await billing.HistoryAsync(s.Tenant, "payment_attempted")).Count == 1);

        s.Act();
        var details = await recurring.GetAsync();
        var invoice = await silo.Grains.GetGrain<IInvoiceGrain>(GrainKeys.For(s.Tenant, InvoiceKeys.Id(details.Invoices[0].InvoiceId))).GetAsync();
        Assert.Equal((InvoiceStatus.Paid, 0m), (invoice.Status, invoice.Totals.Due));
        var attempt = Assert.Single(await billing.HistoryAsync(s.Tenant, "payment_attempted"));
        Assert.StartsWith($"invoice {invoice.Id} 39.95: Paid in full (payment ", attempt, StringComparison.Ordinal);
        Assert.EndsWith(" recurring_billing", attempt, StringComparison.Ordinal);
        Assert.Equal(0, await recurring.GenerateDueAsync());
        Assert.Single(await billing.HistoryAsync(s.Tenant, "payment_attempted"));
        s.Act();
        var email = await silo.Grains.GetGrain<IMessageGrain>(GrainKeys.For(s.Tenant, RecurringCharges.MessageId(31, 1))).GetAsync();
        Assert.Equal((customer, MessageStatus.Sent), (email.CustomerId, email.Status));
        Assert.Contains($"We attempted to charge $39.95 to Visa ending 4242 for invoice {invoice.Id}.", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeclinedChargeIsRecordedAndTheNextOccurrenceIsStillMadeAndCharged()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, _, recurring, schedule) = await StartAsync(silo.Grains, "pm_card_chargeCustomerFail", 32);

        billing.MoveTo(schedule.DueAt(0));
        await billing.StepUntilAsync(async () => (await billing.HistoryAsync(s.Tenant, "payment_attempted")).Count == 1);
        billing.MoveTo(schedule.DueAt(1));
        await billing.StepUntilAsync(async () => (await billing.HistoryAsync(s.Tenant, "payment_attempted")).Count == 2);

        var attempts = await billing.HistoryAsync(s.Tenant, "payment_attempted");
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.DoesNotContain("Paid in full", a, StringComparison.Ordinal));
        s.Act();
        var invoices = (await recurring.GetAsync()).Invoices;
        Assert.Equal(2, invoices.Length);
        var first = await silo.Grains.GetGrain<IInvoiceGrain>(GrainKeys.For(s.Tenant, InvoiceKeys.Id(invoices[0].InvoiceId))).GetAsync();
        Assert.Equal((InvoiceStatus.Open, 39.95m), (first.Status, first.Totals.Due));
    }

    [Fact]
    public async Task AnUnknownBillingMethodIsRefused()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var input = RecurringBilling.Monthly(s, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3), 2) with { BillingMethodId = "bm_nope" };

        var error = await Assert.ThrowsAsync<SecurityTraxException>(() => RecurringBilling.Grain(fixture.Silo.Grains, s, 33).CreateAsync(customer, input));

        Assert.Equal(["billingMethodId"], error.Fields.Select(f => f.Field));
    }

    private static async Task<(BillingScenario S, long Customer, IRecurringInvoiceGrain Recurring, RecurrenceSchedule Schedule)> StartAsync(
        IGrainFactory grains, string token, long number)
    {
        var s = await BillingScenario.StartAsync(grains);
        var customer = await s.CustomerAsync(1001, change: p => p with { Email = "ann@example.com" });
        s.Act();
        var method = await grains.GetGrain<IBillingMethodsGrain>(GrainKeys.For(s.Tenant, customer.ToString(CultureInfo.InvariantCulture)))
            .AddAsync(new NewBillingMethod(BillingMethodKind.Card, token, null, true));
        var input = RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 3) with
        {
            Term = PaymentTerm.DueOnReceipt, BillingMethodId = method.Id, EmailPaymentResult = true,
        };
        var recurring = RecurringBilling.Grain(grains, s, number);
        var created = await recurring.CreateAsync(customer, input);
        return (s, customer, recurring, RecurrenceSchedule.Create(created.Schedule, created.TimeZone));
    }
}

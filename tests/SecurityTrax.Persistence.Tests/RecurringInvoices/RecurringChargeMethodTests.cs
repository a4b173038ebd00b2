using System.Globalization;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

/// <summary>Which billing method a recurring invoice charges: the one it names, else the customer's default card or bank account.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RecurringChargeMethodTests(PostgresFixture fixture)
{
    [Fact]
    public async Task WithNoBillingMethodChosenTheCustomersDefaultCardIsCharged()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, customer) = await CustomerAsync(silo.Grains);
        await AddCardAsync(silo.Grains, s, customer, "pm_card_visa", makeDefault: true);
        var (recurring, schedule) = await RecurringAsync(silo.Grains, s, customer, 51, null, 2);

        billing.MoveTo(schedule.DueAt(0));
        s.Act();
        await recurring.GenerateDueAsync();

        var invoice = await InvoiceAsync(silo.Grains, s, (await recurring.GetAsync()).Invoices[0].InvoiceId);
        Assert.Equal((InvoiceStatus.Paid, 0m), (invoice.Status, invoice.Totals.Due));
        var attempt = Assert.Single(await billing.HistoryAsync(s.Tenant, "payment_attempted"));
        Assert.StartsWith($"invoice {invoice.Id} 39.95: Paid in full (payment ", attempt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManualDefaultOrNoBillingMethodAtAllMeansInvoiceOnly()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, manual) = await CustomerAsync(silo.Grains);
        s.Act();
        await Methods(silo.Grains, s, manual).AddAsync(new NewBillingMethod(BillingMethodKind.Manual, null, "Pays by check", true));
        var none = await s.CustomerAsync(1002, change: p => p with { Email = "bo@example.com" });
        var (first, schedule) = await RecurringAsync(silo.Grains, s, manual, 52, null, 2);
        var (second, _) = await RecurringAsync(silo.Grains, s, none, 53, null, 2);

        billing.MoveTo(schedule.DueAt(0));
        s.Act();
        await first.GenerateDueAsync();
        await second.GenerateDueAsync();

        foreach (var recurring in new[] { first, second })
        {
            var details = await recurring.GetAsync();
            var invoice = await InvoiceAsync(silo.Grains, s, details.Invoices[0].InvoiceId);
            Assert.Equal((InvoiceStatus.Open, 39.95m, RecurringStatuses.Active), (invoice.Status, invoice.Totals.Due, details.Status));
            Assert.Empty(details.Failures);
        }

        Assert.Empty(await billing.HistoryAsync(s.Tenant, "payment_attempted"));
    }

    [Fact]
    public async Task WhenTheChosenBillingMethodIsRemovedTheDefaultIsChargedAndTheEmailNamesIt()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, customer) = await CustomerAsync(silo.Grains);
        var chosen = await AddCardAsync(silo.Grains, s, customer, "pm_card_visa", makeDefault: true);
        await AddCardAsync(silo.Grains, s, customer, "pm_card_mastercard", makeDefault: true);
        var (recurring, schedule) = await RecurringAsync(silo.Grains, s, customer, 54, chosen, 2);
        s.Act();
        await Methods(silo.Grains, s, customer).RemoveAsync(chosen);

        billing.MoveTo(schedule.DueAt(0));
        s.Act();
        await recurring.GenerateDueAsync();

        var invoice = await InvoiceAsync(silo.Grains, s, (await recurring.GetAsync()).Invoices[0].InvoiceId);
        Assert.Equal((InvoiceStatus.Paid, 0m), (invoice.Status, invoice.Totals.Due));
        var email = await silo.Grains.GetGrain<IMessageGrain>(GrainKeys.For(s.Tenant, RecurringCharges.MessageId(54, 1))).GetAsync();
        Assert.Contains("We attempted to charge $39.95 to Mastercard ending 4444 for invoice", email.Html, StringComparison.Ordinal);
        Assert.Equal([$"recurring_invoice 54 #1: {chosen} is no longer on the customer; charged the default Mastercard ending 4444 system"],
            await billing.HistoryAsync(s.Tenant, "billing_method_changed"));
    }

    public static async Task<(BillingScenario S, long Customer)> CustomerAsync(IGrainFactory grains)
    {
        var s = await BillingScenario.StartAsync(grains);
        return (s, await s.CustomerAsync(1001, change: p => p with { Email = "ann@example.com" }));
    }

    public static async Task<string> AddCardAsync(IGrainFactory grains, BillingScenario s, long customer, string token, bool makeDefault)
    {
        s.Act();
        return (await Methods(grains, s, customer).AddAsync(new NewBillingMethod(BillingMethodKind.Card, token, null, makeDefault))).Id;
    }

    /// <summary>Monthly from 2027-01-15, due on receipt (charged on the tick that makes the invoice), the result e-mailed when a method is named.</summary>
    public static async Task<(IRecurringInvoiceGrain Recurring, RecurrenceSchedule Schedule)> RecurringAsync(
        IGrainFactory grains, BillingScenario s, long customer, long number, string? method, int count)
    {
        var input = RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), count) with
        {
            Term = PaymentTerm.DueOnReceipt, BillingMethodId = method, EmailPaymentResult = method is not null,
        };
        var recurring = RecurringBilling.Grain(grains, s, number);
        var created = await recurring.CreateAsync(customer, input);
        return (recurring, RecurrenceSchedule.Create(created.Schedule, created.TimeZone));
    }

    public static Task<InvoiceDetails> InvoiceAsync(IGrainFactory grains, BillingScenario s, long id)
    {
        s.Act();
        return grains.GetGrain<IInvoiceGrain>(GrainKeys.For(s.Tenant, InvoiceKeys.Id(id))).GetAsync();
    }

    public static IBillingMethodsGrain Methods(IGrainFactory grains, BillingScenario s, long customer)
    {
        s.Act();
        return grains.GetGrain<IBillingMethodsGrain>(GrainKeys.For(s.Tenant, customer.ToString(CultureInfo.InvariantCulture)));
    }
}

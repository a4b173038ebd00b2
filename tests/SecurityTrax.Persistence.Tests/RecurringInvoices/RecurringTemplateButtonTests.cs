using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

/// <summary>A line a button put on the template is on every invoice made afterwards; a template with nothing left to make refuses.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RecurringTemplateButtonTests(PostgresFixture fixture)
{
    [Fact]
    public async Task TheInvoiceMadeAfterAddMonthlyMonitoringCarriesItAndAFinishedTemplateRefusesTheButton()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var s = await BillingScenario.StartAsync(silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var recurring = RecurringBilling.Grain(silo.Grains, s, 21);
        var created = await recurring.CreateAsync(customer, RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 1));

        s.Act();
        var added = await recurring.AddMonitoringAsync(created.Version);
        billing.MoveTo(RecurrenceSchedule.Create(created.Schedule, created.TimeZone).DueAt(0));
        await billing.StepUntilInvoicesAsync(s.Tenant, 21, 1);

        s.Act();
        var made = await silo.Grains.GetGrain<IInvoiceGrain>(GrainKeys.For(s.Tenant, InvoiceKeys.Id((await recurring.GetAsync()).Invoices.Single().InvoiceId))).GetAsync();
        var monitoring = Assert.Single(made.Lines, l => l.Source == LineSource.Monitoring);
        Assert.Equal((added.AddedLineIds.Single(), 39.95m), (monitoring.Id, monitoring.UnitPrice));
        Assert.Equal(added.RecurringInvoice.Totals.GrandTotal, made.Totals.GrandTotal);
        s.Act();
        var version = (await recurring.GetAsync()).Version;
        var finished = await Assert.ThrowsAsync<SecurityTraxException>(() => recurring.AddMonitoringAsync(version));
        Assert.Equal(ErrorKind.Conflict, finished.Kind);
    }
}

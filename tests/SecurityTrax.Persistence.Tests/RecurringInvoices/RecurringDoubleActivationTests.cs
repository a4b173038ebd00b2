using Orleans.Storage;
using SecurityTrax.Invoices;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

/// <summary>
/// Two silos of one service that do not see each other (two clusters on one database) each activate the same recurring
/// invoice — the two-activations case the grain directory can briefly allow — and both its reminder and direct calls
/// run it on both at once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RecurringDoubleActivationTests(PostgresFixture fixture)
{
    [Fact]
    public async Task TwoActivationsRunningAtOnceMakeEachOccurrenceOnceWithNoGap()
    {
        var billing = new RecurringBilling(fixture);
        await using var first = await billing.StartSiloAsync();
        await using var second = await billing.StartSiloAsync();
        var s = await BillingScenario.StartAsync(first.Grains);
        var customer = await s.CustomerAsync(1001);
        var created = await RecurringBilling.Grain(first.Grains, s, 21).CreateAsync(customer, RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 3));
        var schedule = RecurrenceSchedule.Create(created.Schedule, created.TimeZone);

        for (var occurrence = 0; occurrence < 3; occurrence++)
        {
            billing.MoveTo(schedule.DueAt(occurrence));

            // Both activations make what is due at the same moment; a loser may fail this attempt (its stale write or its
            // stale invoice activation is refused) and is retried by the next tick, as in production.
            await Task.WhenAll(Attempt(first), Attempt(second), Attempt(first), Attempt(second));
            await billing.StepUntilInvoicesAsync(s.Tenant, 21, occurrence + 1);
        }

        var rows = await billing.InvoicesAsync(s.Tenant, 21);
        var details = await RecurringBilling.Grain(first.Grains, s, 21).GetAsync();
        Assert.Equal(3, rows.Count);
        Assert.Equal(details.Invoices.Select(i => $"{i.InvoiceId} {i.SaleDate:yyyy-MM-dd}"), rows);
        Assert.Equal(["2027-01-15", "2027-02-15", "2027-03-15"], details.Invoices.Select(i => i.SaleDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(3, details.Invoices.Select(i => i.InvoiceId).Distinct().Count());
        Assert.Equal(3, (await billing.HistoryAsync(s.Tenant, "generated")).Count(h => h.StartsWith("invoice ", StringComparison.Ordinal)));
        s.Act();
        foreach (var invoice in details.Invoices)
        {
            var made = await second.Grains.GetGrain<IInvoiceGrain>(GrainKeys.For(s.Tenant, InvoiceKeys.Id(invoice.InvoiceId))).GetAsync();
            Assert.Equal((21L, invoice.Occurrence), (made.RecurringInvoiceId!.Value, made.RecurringOccurrence!.Value));
        }

        async Task Attempt(Testing.TestSilo silo)
        {
            try
            {
                await RecurringBilling.Grain(silo.Grains, s, 21).GenerateDueAsync();
            }
            catch (InconsistentStateException)
            {
            }
        }
    }
}

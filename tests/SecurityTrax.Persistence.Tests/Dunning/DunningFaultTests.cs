using System.Globalization;
using SecurityTrax.Dunning;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Faults;

namespace SecurityTrax.Persistence.Tests.Dunning;

/// <summary>A retry whose record is lost after the charge (a crash between the two) is finished by the next run, charging once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DunningFaultTests(PostgresFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ARetryWhoseRecordFailsAfterTheChargeChargesOnceWhenTheNextRunRepeatsIt(bool afterStoring)
    {
        await using var d = await DunningScenario.StartAsync(fixture);

        // Dunning's writes from here: 1 the retry asked for, 2 the retry stored before its charge, 3 its outcome.
        d.Faults.FailWrite(d.Tenant, StorageNames.Dunning, 3, afterStoring);
        d.Payments.Billing.Act();
        await d.Payments.Methods(DunningScenario.Customer).AddAsync(new NewBillingMethod(BillingMethodKind.Card, "pm_card_visa", null, true));
        await WaitAsync(() => d.Faults.Played);
        var after = await d.RunDueAsync();

        Assert.Equal((DunningStatus.Paid, 1), (after.Status, after.Attempts));
        Assert.Equal((DunningStatus.Paid, 0m), ((await d.InvoiceAsync()).Dunning!.Status, (await d.InvoiceAsync()).Totals.Due));
        var succeeded = await fixture.Database.RowsAsync(string.Create(CultureInfo.InvariantCulture,
            $"SELECT payment_id FROM payment_list WHERE tenant_id = '{d.Tenant}' AND status = 'succeeded'"));
        Assert.Single(succeeded);
        Assert.Single(await d.HistoryAsync("dunning_retried"));
        Assert.Single(await d.HistoryAsync("dunning_succeeded"));
    }

    private static async Task WaitAsync(Func<bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!done())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(25), timeout.Token);
        }
    }
}

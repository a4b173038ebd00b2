using SecurityTrax.Payments;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>Applications are numbered within their payment and their invoice; state stored before numbers still loads.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApplicationNumberTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ApplicationsAreNumberedOneTwoInThePaymentAndTheInvoiceAndARepeatedOperationKeepsItsNumber()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.Billing.CustomerAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        await s.LabourInvoiceAsync(5002, 1001);

        var paid = await s.CashAsync("cash", 1001, 300.00m, new ApplicationRequest(5001, 60.00m));
        var second = await s.Payment(paid.Id).ApplyAsync("op-2", 5002, 50.00m);
        var repeated = await s.Payment(paid.Id).ApplyAsync("op-2", 5002, 50.00m);
        var removed = await s.Payment(paid.Id).RemoveApplicationNumberAsync(1);
        var third = await s.Payment(paid.Id).ApplyAsync("op-3", 5002, 10.00m);
        var invoice = await s.Invoice(5002).GetAsync();

        Assert.Equal([(1, 5001L), (2, 5002L)], second.Applications.Select(a => (a.Number, a.InvoiceId)));
        Assert.Equal(second.Applications, repeated.Applications);
        Assert.Equal([2], removed.Applications.Select(a => a.Number));
        Assert.Equal([2, 3], third.Applications.Select(a => a.Number));
        Assert.Equal([(1, 50.00m), (2, 10.00m)], invoice.Applications.Select(a => (a.Number, a.Amount)));
        Assert.Equal(170.00m, (await s.Invoice(5001).GetAsync()).Totals.Due);
    }

    [Fact]
    public async Task ApplicationsStoredBeforeTheyHadNumbersGetThemOnLoadAndKeepThemWhenMoreAreMade()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.Billing.CustomerAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        var paid = await s.CashAsync("old", 1001, 100.00m, new ApplicationRequest(5001, 60.00m));
        await CollectAsync();

        // The payment and the invoice as they were stored before applications had numbers.
        var stripped = await fixture.Database.ScalarAsync<int>(
            """
            WITH old AS (
                SELECT ctid AS row, graintypestring AS kind, convert_from(payloadbinary, 'UTF8')::jsonb AS j
                FROM orleansstorage
                WHERE serviceid = @s AND graintypestring IN ('payment', 'invoice') AND grainidextensionstring LIKE @k
                  AND convert_from(payloadbinary, 'UTF8')::jsonb -> 'Applications' -> 0 ? 'Number'),
            done AS (
                UPDATE orleansstorage o
                SET payloadbinary = convert_to((jsonb_set(old.j, '{Applications}',
                        (SELECT jsonb_agg(e - 'Number') FROM jsonb_array_elements(old.j -> 'Applications') e))
                    - CASE WHEN old.kind = 'invoice' THEN 'LastApplication' ELSE '' END)::text, 'UTF8')
                FROM old WHERE o.ctid = old.row
                RETURNING 1)
            SELECT count(*)::int FROM done
            """,
            ("s", fixture.ServiceId), ("k", s.Tenant + "/%"));

        var loaded = await s.Payment(paid.Id).GetAsync();
        var loadedInvoice = await s.Invoice(5001).GetAsync();
        var more = await s.Payment(paid.Id).ApplyAsync("more", 5001, 30.00m);
        await CollectAsync();
        var reloaded = await s.Payment(paid.Id).GetAsync();
        var reloadedInvoice = await s.Invoice(5001).GetAsync();

        Assert.Equal(2, stripped);
        // The payment had counted one application: the unnumbered one comes after it, the next after that.
        Assert.Equal([(2, 60.00m)], loaded.Applications.Select(a => (a.Number, a.Amount)));
        Assert.Equal([(1, 60.00m)], loadedInvoice.Applications.Select(a => (a.Number, a.Amount)));
        Assert.Equal([2, 3], more.Applications.Select(a => a.Number));
        Assert.Equal(more.Applications, reloaded.Applications);
        Assert.Equal([(1, 60.00m), (2, 30.00m)], reloadedInvoice.Applications.Select(a => (a.Number, a.Amount)));
        Assert.Equal(80.00m, reloadedInvoice.Totals.Due);
    }

    private Task CollectAsync() => fixture.Silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
}

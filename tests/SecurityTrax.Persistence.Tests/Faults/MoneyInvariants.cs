using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Payments;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Faults;

/// <summary>What must hold after any fault on the money path: nothing doubled at the processor or in history, nothing left waiting, balances that add up.</summary>
public static class MoneyInvariants
{
    /// <summary>Every invariant below at once, for <paramref name="payment"/> and the customer's <paramref name="invoice"/>.</summary>
    public static async Task HoldAsync(TestDatabase database, IGrainFactory grains, PaymentScenario s, PaymentDetails payment, long customer, long invoice)
    {
        await ApplicationsAgreeAsync(s, payment);
        await NoHistoryRowTwiceAsync(database, s.Tenant);
        await NothingProcessingAsync(database, s.Tenant);
        await BalanceIsSumOfDuesAsync(grains, s, customer, invoice);
    }

    /// <summary>Exactly one charge was made at the processor (a replayed request is not a charge).</summary>
    public static FakeStripeCharge OneCharge(FakeStripeServer stripe) => Assert.Single(stripe.Charges);

    /// <summary>No two history rows of the tenant say the same thing about the same entity.</summary>
    public static async Task NoHistoryRowTwiceAsync(TestDatabase database, string tenant)
    {
        var doubled = await database.RowsAsync($"""
            SELECT entity_type || ' ' || entity_id || ' ' || action || ' ' || coalesce(field, '') || ' ' || coalesce(old_value, '') || ' → ' || coalesce(new_value, '')
            FROM history WHERE tenant_id = '{tenant}'
            GROUP BY entity_type, entity_id, action, field, old_value, new_value HAVING count(*) > 1
            """);
        Assert.Empty(doubled);
    }

    /// <summary>No payment of the tenant waits for an answer any more.</summary>
    public static async Task NothingProcessingAsync(TestDatabase database, string tenant) =>
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM payment_list WHERE tenant_id = @t AND status = 'processing'", ("t", tenant)));

    /// <summary>The customer's balance is the sum of the dues of its invoices, read one by one from their grains.</summary>
    public static async Task BalanceIsSumOfDuesAsync(IGrainFactory grains, PaymentScenario s, long customer, params long[] invoices)
    {
        var dues = 0m;
        foreach (var number in invoices)
        {
            var invoice = await s.Invoice(number).GetAsync();
            Assert.Equal(customer, invoice.CustomerId);
            dues += invoice.Status == InvoiceStatus.Void ? 0m : invoice.Totals.Due;
        }

        s.Billing.Act();
        var balance = await grains.GetGrain<IInvoiceQueryGrain>(GrainKeys.For(s.Tenant, IInvoiceQueryGrain.Id)).BalanceAsync(customer);
        Assert.Equal(dues, balance.Balance);
    }

    /// <summary>Each application of <paramref name="payment"/> is on its invoice once, with the same amount on both sides.</summary>
    public static async Task ApplicationsAgreeAsync(PaymentScenario s, PaymentDetails payment)
    {
        foreach (var application in payment.Applications)
        {
            var invoice = await s.Invoice(application.InvoiceId).GetAsync();
            var onInvoice = Assert.Single(invoice.Applications, a => a.OtherId == payment.Id && a.Amount > 0);
            Assert.Equal(application.Amount, onInvoice.Amount);
        }
    }
}

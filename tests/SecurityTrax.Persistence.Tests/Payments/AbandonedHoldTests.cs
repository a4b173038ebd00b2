using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Probes;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>A hold whose payment died before storing itself does not block the invoice forever; a live payment's hold stays.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AbandonedHoldTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    private TestSilo _silo = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _silo = await StartSiloAsync(platformKey: null);
    }

    public override async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task AHoldOfAPaymentThatWasNeverStoredIsDroppedOnceItIsOldAndTheDueCanBePaid()
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        await s.Billing.CustomerAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        // What a payment that died between holding and storing itself leaves behind.
        s.Billing.Act();
        await _silo.Grains.GetGrain<IHoldProbeGrain>("dying-payment").HoldAsync(s.Tenant, 5001, InvoiceHolds.Id(1099, 0), 1099, 1001, 170.00m);

        var early = await Assert.ThrowsAsync<SecurityTraxException>(() => s.CashAsync("cash-early", 1001, 170.00m, new ApplicationRequest(5001, 170.00m)));
        Clock.Advance(AbandonedHolds.Grace + TimeSpan.FromMinutes(1));
        var paid = await s.CashAsync("cash-later", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));

        Assert.Equal(ErrorKind.Conflict, early.Kind);
        Assert.Equal(170.00m, Assert.Single(paid.Applications).Amount);
        Assert.Equal(0m, (await s.Invoice(5001).GetAsync()).Totals.Due);
    }

    [Fact]
    public async Task ABankDebitStillInProgressKeepsItsHoldHoweverOld()
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        await s.LabourInvoiceAsync(5001, 1001);
        var debit = await s.ChargeAsync("debit", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));

        Clock.Advance(AbandonedHolds.Grace + TimeSpan.FromMinutes(1));
        var cash = await Assert.ThrowsAsync<SecurityTraxException>(() => s.CashAsync("cash", 1001, 170.00m, new ApplicationRequest(5001, 170.00m)));

        Assert.Equal(PaymentStatus.Processing, debit.Status);
        Assert.Equal(ErrorKind.Conflict, cash.Kind);
        Assert.Equal(170.00m, (await s.Invoice(5001).GetAsync()).Totals.Due);
    }
}

using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>Invoices hold the amounts of payments in progress (issue 15 points 9 and 12).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PaymentHoldTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ABankDebitInProgressHoldsTheDueSoASecondPaymentIsRefusedBeforeItIsRecorded()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        await s.LabourInvoiceAsync(5001, 1001);

        var debit = await s.ChargeAsync("debit", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        var cash = await Assert.ThrowsAsync<SecurityTraxException>(() => s.CashAsync("cash", 1001, 170.00m, new ApplicationRequest(5001, 170.00m)));
        var invoice = await s.Invoice(5001).GetAsync();

        Assert.Equal(PaymentStatus.Processing, debit.Status);
        Assert.Equal(ErrorKind.Conflict, cash.Kind);
        Assert.Equal(("applications[0].amount", "At most 0.00, the amount due less 170.00 held for payments in progress."), (cash.Fields[0].Field, cash.Fields[0].Reason));
        Assert.Equal((170.00m, 0m, 1), (invoice.Totals.Due, invoice.Totals.Applied, invoice.Version));
    }

    [Fact]
    public async Task ADeclinedChargeReleasesItsHold()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_card_chargeCustomerFail");
        await s.LabourInvoiceAsync(5001, 1001);

        var declined = await s.ChargeAsync("card", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        var cash = await s.CashAsync("cash", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));

        Assert.Equal(PaymentStatus.Failed, declined.Status);
        Assert.Equal(0m, cash.Unapplied);
        Assert.Equal(0m, (await s.Invoice(5001).GetAsync()).Totals.Due);
    }
}

using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>Payments with the sandbox processor on PostgreSQL: recording, processing, applications, refunds.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PaymentGrainTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ACashPaymentIsRecordedAppliedAndARepeatOfTheOperationReturnsTheSamePayment()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.Billing.CustomerAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);

        var paid = await s.CashAsync("op-1", 1001, 100.00m, new ApplicationRequest(5001, 60.00m));
        var again = await s.CashAsync("op-1", 1001, 100.00m, new ApplicationRequest(5001, 60.00m));
        var invoice = await s.Invoice(5001).GetAsync();

        Assert.Equal((PaymentStatus.Succeeded, PaymentMethodKind.Cash, 40.00m), (paid.Status, paid.Method, paid.Unapplied));
        Assert.Equal(paid.Id, again.Id);
        Assert.Equal((170.00m, 60.00m, 110.00m), (invoice.Totals.GrandTotal, invoice.Totals.Applied, invoice.Totals.Due));
        Assert.Equal(("payment", paid.Id, 60.00m), (invoice.Applications[0].Kind, invoice.Applications[0].OtherId, invoice.Applications[0].Amount));
    }

    [Fact]
    public async Task TheSandboxApprovesAVisaAndDeclinesACardThatFailsWhenCharged()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        var visa = await s.CustomerWithMethodAsync(1001);
        await s.CustomerWithMethodAsync(1002, "pm_card_chargeCustomerFail");

        var paid = await s.ChargeAsync("op-visa", 1001, 25.00m);
        var declined = await s.ChargeAsync("op-fail", 1002, 25.00m);

        Assert.Equal(("Visa ending 4242", PaymentStatus.Succeeded, "sandbox", visa.Id), (paid.MethodDisplay, paid.Status, paid.Processor, paid.BillingMethodId));
        Assert.StartsWith("pi_sbx_", paid.TransactionId, StringComparison.Ordinal);
        Assert.Equal((PaymentStatus.Failed, "Your card was declined. (card_declined)", 0m), (declined.Status, declined.Reason, declined.Unapplied));
        Assert.Equal(["created", "charge_requested", "declined"], declined.Log.Select(l => l.Step));
    }

    [Fact]
    public async Task ARawCardOrAccountNumberIsRefusedWithoutRepeatingItAndNothingIsSaved()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.Billing.CustomerAsync(1001);

        var card = await Assert.ThrowsAsync<SecurityTraxException>(
            () => s.Methods(1001).AddAsync(new NewBillingMethod(BillingMethodKind.Card, "4242 4242 4242 4242", null, true)));
        var account = await Assert.ThrowsAsync<SecurityTraxException>(
            () => s.Methods(1001).AddAsync(new NewBillingMethod(BillingMethodKind.BankAccount, "000123456789", null, true)));

        Assert.Equal(["token"], card.Fields.Select(f => f.Field));
        Assert.DoesNotContain("4242", card.Fields[0].Reason, StringComparison.Ordinal);
        Assert.Equal(["token"], account.Fields.Select(f => f.Field));
        Assert.Empty(await s.Methods(1001).ListAsync());
    }

    [Fact]
    public async Task FiftyConcurrentApplicationsToOneInvoiceNeverApplyMoreThanItsDue()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.Billing.CustomerAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        var payments = new List<PaymentDetails>();
        for (var i = 0; i < 50; i++)
        {
            payments.Add(await s.CashAsync($"cash-{i}", 1001, 10.00m));
        }

        var attempts = await Task.WhenAll(payments.Select(async p =>
        {
            try
            {
                await s.Payment(p.Id).ApplyAsync($"apply-{p.Id}", 5001, 10.00m);
                return true;
            }
            catch (SecurityTraxException e) when (e.Kind == ErrorKind.Conflict)
            {
                return false;
            }
        }));
        var invoice = await s.Invoice(5001).GetAsync();
        var unapplied = (await Task.WhenAll(payments.Select(p => s.Payment(p.Id).GetAsync()))).Sum(p => p.Unapplied);

        Assert.Equal(17, attempts.Count(a => a));
        Assert.Equal((170.00m, 0m, InvoiceStatus.Paid), (invoice.Totals.Applied, invoice.Totals.Due, invoice.Status));
        Assert.Equal(330.00m, unapplied);
    }

    [Fact]
    public async Task ConcurrentApplicationsFromOnePaymentNeverSpendMoreThanItsUnappliedAmount()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.Billing.CustomerAsync(1001);
        for (var i = 0; i < 10; i++)
        {
            await s.LabourInvoiceAsync(5001 + i, 1001);
        }

        var payment = await s.CashAsync("cash", 1001, 500.00m);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            try
            {
                await s.Payment(payment.Id).ApplyAsync($"a{i}", 5001 + i, 170.00m);
                return true;
            }
            catch (SecurityTraxException)
            {
                return false;
            }
        }));
        var after = await s.Payment(payment.Id).GetAsync();
        var applied = (await Task.WhenAll(Enumerable.Range(0, 10).Select(i => s.Invoice(5001 + i).GetAsync()))).Sum(inv => inv.Totals.Applied);

        Assert.Equal(2, attempts.Count(a => a));
        Assert.Equal((160.00m, 340.00m), (after.Unapplied, applied));
    }

    [Fact]
    public async Task ApplicationsRefuseQuotesMoreThanTheDueAndCanBeTakenBack()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.Billing.CustomerAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        await s.Billing.InvoiceAsync(5002, 1001, InvoiceType.Quote, new InvoiceLineInput(s.Billing.Labour.Id, 1, null, null, null));
        var payment = await s.CashAsync("cash", 1001, 300.00m);

        var quote = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Payment(payment.Id).ApplyAsync("q", 5002, 10.00m));
        var tooMuch = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Payment(payment.Id).ApplyAsync("big", 5001, 170.01m));
        await s.Payment(payment.Id).ApplyAsync("full", 5001, 170.00m);
        var paidInvoice = await s.Invoice(5001).GetAsync();
        var removed = await s.Payment(payment.Id).RemoveApplicationAsync("full");
        var reopened = await s.Invoice(5001).GetAsync();

        Assert.Equal(ErrorKind.Conflict, quote.Kind);
        Assert.Equal("At most 170.00, the amount due.", Assert.Single(tooMuch.Fields).Reason);
        Assert.Equal(InvoiceStatus.Paid, paidInvoice.Status);
        Assert.Equal((300.00m, 170.00m, InvoiceStatus.Open), (removed.Unapplied, reopened.Totals.Due, reopened.Status));
        Assert.Empty(removed.Applications);
    }

    [Fact]
    public async Task PartialRefundsNeverExceedTheOriginalAndReopenTheInvoice()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        var paid = await s.ChargeAsync("charge", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));

        var first = await s.Operation("refund-1").RefundAsync(paid.Id, 50.00m, "Overbilled");
        var repeat = await s.Operation("refund-1").RefundAsync(paid.Id, 50.00m, "Overbilled");
        var tooMuch = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Operation("refund-2").RefundAsync(paid.Id, 120.01m, null));
        var second = await s.Operation("refund-3").RefundAsync(paid.Id, 120.00m, null);
        var none = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Operation("refund-4").RefundAsync(paid.Id, 0.01m, null));
        var original = await s.Payment(paid.Id).GetAsync();
        var invoice = await s.Invoice(5001).GetAsync();

        Assert.Equal((PaymentType.Refund, -50.00m, paid.Id, PaymentStatus.Succeeded), (first.Type, first.Amount, first.OriginalPaymentId, first.Status));
        Assert.Equal(first.Id, repeat.Id);
        Assert.Equal("At most 120.00, what is left to refund of payment " + paid.Id + ".", Assert.Single(tooMuch.Fields).Reason);
        Assert.Equal(-120.00m, second.Amount);
        Assert.Equal("amount", Assert.Single(none.Fields).Field);
        Assert.Equal((170.00m, 0m, 0m), (original.Refunded, original.Refundable, original.Unapplied));
        Assert.Equal([first.Id, second.Id], original.Refunds.Select(r => r.RefundPaymentId));
        Assert.Equal((0m, 170.00m, InvoiceStatus.Open), (invoice.Totals.Applied, invoice.Totals.Due, invoice.Status));
    }

    [Fact]
    public async Task TheSandboxMakesACreditAsARefundOfAnEarlierChargeAndAManualBillingMethodIsNeverCharged()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        var manual = await s.Methods(1001).AddAsync(new NewBillingMethod(BillingMethodKind.Manual, null, "Pays by check", false));
        var credit = new NewPayment(1001, PaymentType.Credit, 15.00m, null, null, null, null, null, false, null, []);

        var none = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Operation("credit-none").RecordAsync(credit));
        var sale = await s.ChargeAsync("sale", 1001, 40.00m);
        var refund = await s.Operation("credit").RecordAsync(credit);
        var refused = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Operation("manual").RecordAsync(
            new NewPayment(1001, PaymentType.Sale, 15.00m, manual.Id, null, null, null, null, false, null, [])));

        Assert.Equal(ErrorKind.Conflict, none.Kind);
        Assert.Equal((PaymentType.Refund, PaymentStatus.Succeeded, -15.00m, sale.Id), (refund.Type, refund.Status, refund.Amount, refund.OriginalPaymentId));
        Assert.Equal(25.00m, (await s.Payment(sale.Id).GetAsync()).Refundable);
        Assert.Equal("billingMethodId", Assert.Single(refused.Fields).Field);
    }
}

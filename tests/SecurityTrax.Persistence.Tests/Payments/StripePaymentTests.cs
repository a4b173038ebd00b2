using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Errors;
using SecurityTrax.Integrations;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>Payments through the real Stripe.net client against the fake Stripe server, across silo crashes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StripePaymentTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    [Fact]
    public async Task ACardSavedThroughASetupIntentIsChargedOffSessionWithAKeyAndTheProcessorCustomerIsMadeOnce()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.Billing.CustomerAsync(1001);

        var setup = await s.Methods(1001).BeginSetupAsync(BillingMethodKind.Card);
        var token = Stripe.ConfirmSetupIntent(setup.SetupId, "pm_card_visa");
        var method = await s.Methods(1001).AddAsync(new NewBillingMethod(BillingMethodKind.Card, token, null, false));
        var bankSetup = await s.Methods(1001).BeginSetupAsync(BillingMethodKind.BankAccount);
        var paid = await s.ChargeAsync("charge-1", 1001, 45.50m);

        Assert.Equal(("stripe", "Visa ending 4242", true), (setup.Processor, method.Display, method.IsDefault));
        Assert.NotNull(bankSetup.MandateText);
        Assert.Single(Stripe.Requests, r => r.Path == "/v1/customers");
        Assert.Equal((PaymentStatus.Succeeded, "stripe"), (paid.Status, paid.Processor));
        var charge = Assert.Single(Stripe.Charges);
        Assert.Equal((paid.TransactionId, 4550L, "succeeded"), (charge.PaymentIntentId, charge.Amount, charge.Status));
        Assert.StartsWith($"{s.Tenant}-payment-{paid.Id}-", charge.IdempotencyKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclinesAndAuthenticationRequiredBecomeFailedPaymentsWithTheProcessorsReason()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_card_chargeDeclinedInsufficientFunds");
        await s.CustomerWithMethodAsync(1002, "pm_card_authenticationRequired");

        var declined = await s.ChargeAsync("d", 1001, 10.00m);
        var authentication = await s.ChargeAsync("a", 1002, 10.00m);
        var credit = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Operation("c").RecordAsync(
            new NewPayment(1001, PaymentType.Credit, 5.00m, null, null, null, null, null, false, null, [])));

        Assert.Equal(PaymentStatus.Failed, declined.Status);
        Assert.EndsWith("(insufficient_funds)", declined.Reason, StringComparison.Ordinal);
        Assert.Equal(PaymentStatus.Failed, authentication.Status);
        Assert.EndsWith("(authentication_required)", authentication.Reason, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.Conflict, credit.Kind);
        Assert.Contains("is made as a refund of an earlier charge", credit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASiloDyingBetweenChargedAndRecordedEndsWithOneChargeAndARecordedPayment()
    {
        var first = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(first.Grains);
        await s.CustomerWithMethodAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        var charged = Stripe.FailNextRequest(FakeStripeFault.HangAfterProcessing, "/v1/payment_intents");

        _ = s.ChargeAsync("pay-5001", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        await charged.WaitAsync(TimeSpan.FromSeconds(30));
        await first.Host.StopAsync(new CancellationToken(canceled: true));
        first.Host.Dispose();

        await using var second = await StartSiloAsync();
        var again = new PaymentScenario(s.Billing, second.Grains);
        var paid = await again.ChargeAsync("pay-5001", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        var invoice = await again.Invoice(5001).GetAsync();

        var charge = Assert.Single(Stripe.Charges);
        Assert.Equal((PaymentStatus.Succeeded, charge.PaymentIntentId, 2), (paid.Status, paid.TransactionId, paid.Log.Count(l => l.Step == "charge_requested")));
        Assert.Equal(2, Stripe.Requests.Count(r => r.Path == "/v1/payment_intents"));
        Assert.True(Stripe.Requests.Last(r => r.Path == "/v1/payment_intents").Replayed);
        Assert.Equal((0m, InvoiceStatus.Paid), (invoice.Totals.Due, invoice.Status));
    }

    [Fact]
    public async Task ABankDebitStaysProcessingUntilTheProcessorSettlesItThenApplies()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        await s.LabourInvoiceAsync(5001, 1001);

        var pending = await s.ChargeAsync("ach", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        var notYet = await Assert.ThrowsAsync<SecurityTraxException>(() => s.Operation("early-refund").RefundAsync(pending.Id, 10.00m, null));
        Stripe.SettleBankPayment(pending.TransactionId!, succeeded: true);
        var settled = await s.Payment(pending.Id).ResumeAsync();
        var invoice = await s.Invoice(5001).GetAsync();

        Assert.Equal((PaymentStatus.Processing, "STRIPE TEST BANK ending 6789"), (pending.Status, pending.MethodDisplay));
        Assert.Equal(ErrorKind.Conflict, notYet.Kind);
        Assert.Equal(PaymentStatus.Succeeded, settled.Status);
        Assert.Equal(0m, invoice.Totals.Due);
    }

    [Fact]
    public async Task RefundsGoToStripeWithTheirOwnKeysAndARepeatRefundsOnce()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        var paid = await s.ChargeAsync("p", 1001, 80.00m);

        var first = await s.Operation("r1").RefundAsync(paid.Id, 30.00m, null);
        await s.Operation("r1").RefundAsync(paid.Id, 30.00m, null);
        var second = await s.Operation("r2").RefundAsync(paid.Id, 50.00m, null);

        Assert.Equal([3000L, 5000L], Stripe.Refunds.Select(r => r.Amount));
        // Our metadata tells the refund's webhook apart from a refund made in the Stripe dashboard.
        Assert.All(Stripe.Refunds, r => Assert.NotNull(Stripe.FindObject(r.Id)!["metadata"]![StripeProcessor.OwnRefundMetadata]));
        Assert.Equal(80_00L, Assert.Single(Stripe.Charges).AmountRefunded);
        Assert.Equal((-30.00m, -50.00m), (first.Amount, second.Amount));
        Assert.Equal(0m, (await s.Payment(paid.Id).GetAsync()).Refundable);
    }

    [Fact]
    public async Task APaymentWithAPostingDateWaitsOnAReminderAndIsChargedThatDay()
    {
        await using var silo = await StartSiloAsync();
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        var tomorrow = new DateOnly(2026, 11, 27);

        var scheduled = await s.Operation("later").RecordAsync(new NewPayment(1001, PaymentType.Sale, 60.00m, null, null, tomorrow, null, null, false, null, []));
        var reminders = await Fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansreminders WHERE serviceid = @s AND grainid LIKE @g AND remindername = 'work'",
            ("s", ServiceId), ("g", $"%{s.Tenant}/{scheduled.Id}%"));
        var early = await s.Payment(scheduled.Id).ResumeAsync();
        var chargesBefore = Stripe.Charges.Count;
        Clock.Advance(TimeSpan.FromDays(1));
        var charged = await s.Payment(scheduled.Id).ResumeAsync();
        var remindersAfter = await Fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansreminders WHERE serviceid = @s AND grainid LIKE @g", ("s", ServiceId), ("g", $"%{s.Tenant}/{scheduled.Id}%"));

        Assert.Equal((PaymentStatus.Scheduled, tomorrow, 1L), (scheduled.Status, scheduled.PostingDate!.Value, reminders));
        Assert.Equal(PaymentStatus.Scheduled, early.Status);
        Assert.Equal(0, chargesBefore);
        Assert.Equal(PaymentStatus.Succeeded, charged.Status);
        Assert.Equal(6000L, Assert.Single(Stripe.Charges).Amount);
        Assert.Equal(0L, remindersAfter);
    }

    [Fact]
    public async Task TheSandboxFailsABankDebitAfterItsSettlementDelayAndTheInvoiceStaysDue()
    {
        await using var silo = await StartSiloAsync(platformKey: null);
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await s.CustomerWithMethodAsync(1001, "pm_usBankAccount_failLater", BillingMethodKind.BankAccount);
        await s.LabourInvoiceAsync(5001, 1001);

        var pending = await s.ChargeAsync("ach-fail", 1001, 170.00m, new ApplicationRequest(5001, 170.00m));
        var stillPending = await s.Payment(pending.Id).ResumeAsync();
        Clock.Advance(TimeSpan.FromMinutes(3));
        var failed = await s.Payment(pending.Id).ResumeAsync();
        var invoice = await s.Invoice(5001).GetAsync();

        Assert.Equal(("sandbox", PaymentStatus.Processing, PaymentStatus.Processing), (pending.Processor, pending.Status, stillPending.Status));
        Assert.Equal((PaymentStatus.Failed, "The bank account has been closed. (account_closed)"), (failed.Status, failed.Reason));
        Assert.Equal((170.00m, 0m), (invoice.Totals.Due, invoice.Totals.Applied));
        Assert.Empty(failed.Applications);
    }

    [Fact]
    public async Task ACompanysOwnStripeAccountIsChargedInsteadOfThePlatformSandbox()
    {
        await using var silo = await StartSiloAsync(platformKey: null);
        var s = await PaymentScenario.StartAsync(silo.Grains);
        const string companyKey = "sk_test_companyOwnAccount0123456789";
        s.Billing.Act();
        var integrations = silo.Grains.GetGrain<IIntegrationSettingsGrain>(GrainKeys.For(s.Tenant, IIntegrationSettingsGrain.Id));
        await integrations.SetStripeAsync(new StripeSettingsInput(companyKey, "pk_test_companyOwnAccount0123456789", "whsec_company"), (await integrations.GetAsync()).Version);
        await s.CustomerWithMethodAsync(1001);

        var paid = await s.ChargeAsync("own", 1001, 12.00m);

        Assert.Equal(("stripe", PaymentStatus.Succeeded), (paid.Processor, paid.Status));
        Assert.Equal(companyKey, Assert.Single(Stripe.Charges).ApiKey);
    }
}

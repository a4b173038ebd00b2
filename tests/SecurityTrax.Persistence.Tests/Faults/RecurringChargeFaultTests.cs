using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Payments;
using SecurityTrax.Persistence.Tests.RecurringInvoices;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Faults;

/// <summary>A recurring invoice's automatic charge cut at Stripe, with and without a silo crash, then run again.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RecurringChargeFaultTests(PostgresFixture fixture) : IAsyncLifetime
{
    private const long Customer = 1001;
    private const long Recurring = 41;
    private readonly RecurringBilling _billing = new(fixture);
    private FakeStripeServer _stripe = null!;
    private readonly StorageFaults _faults = new();

    // The tests make every run themselves (a second GenerateDueAsync stands for the next tick). Reminders read a clock
    // that never moves: on the business clock, moving it to the due instant fires the recurring invoice's tick, whose
    // run may come first, take the planned write fault (logged by its timer) and leave the test's own run nothing to fail.
    private readonly FakeTimeProvider _reminderClock = new(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero));
    private TestSilo _silo = null!;

    public static TheoryData<FakeStripeFault, bool> Faults => MoneyFaultSuiteTests.Faults;

    public async Task InitializeAsync()
    {
        _stripe = await FakeStripeServer.StartAsync();
        _silo = await StartSiloAsync();
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _stripe.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task ARecurringChargeCutAtStripeChargesOnceAndIsRecordedOnce(FakeStripeFault fault, bool killSilo)
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        var method = await s.CustomerWithMethodAsync(Customer);
        var input = RecurringBilling.Monthly(s.Billing, new DateOnly(2027, 1, 15), 2) with { Term = PaymentTerm.DueOnReceipt, BillingMethodId = method.Id };
        var created = await RecurringBilling.Grain(_silo.Grains, s.Billing, Recurring).CreateAsync(Customer, input);
        var schedule = RecurrenceSchedule.Create(created.Schedule, created.TimeZone);
        var played = _stripe.FailNextRequest(fault, "/v1/payment_intents");

        _billing.MoveTo(schedule.DueAt(0));
        var run = RecurringBilling.Grain(_silo.Grains, s.Billing, Recurring).GenerateDueAsync();
        await played.WaitAsync(TimeSpan.FromSeconds(30));
        if (killSilo)
        {
            await _silo.KillAsync();
            _silo = await StartSiloAsync();
            s = new PaymentScenario(s.Billing, _silo.Grains);
        }
        else
        {
            await Record.ExceptionAsync(() => run);
        }

        await RecurringBilling.Grain(_silo.Grains, s.Billing, Recurring).GenerateDueAsync();
        var details = await RecurringBilling.Grain(_silo.Grains, s.Billing, Recurring).GetAsync();
        var invoice = Assert.Single(details.Invoices).InvoiceId;
        var payment = await FinishAsync(s, Assert.Single(await PaymentsOfAsync(s.Tenant)));

        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
        Assert.Equal((payment.TransactionId, 3995L), (MoneyInvariants.OneCharge(_stripe).PaymentIntentId, MoneyInvariants.OneCharge(_stripe).Amount));
        Assert.Single(await _billing.HistoryAsync(s.Tenant, "payment_attempted"));
        Assert.Equal(0m, (await s.Invoice(invoice).GetAsync()).Totals.Due);
        await MoneyInvariants.HoldAsync(fixture.Database, _silo.Grains, s, payment, Customer, invoice);
    }

    [Theory]
    [InlineData(StorageNames.RecurringInvoice, 1, false)]
    [InlineData(StorageNames.RecurringInvoice, 1, true)]
    [InlineData(StorageNames.RecurringInvoice, 2, false)]
    [InlineData(StorageNames.RecurringInvoice, 2, true)]
    [InlineData(StorageNames.Payment, 1, false)]
    [InlineData(StorageNames.Payment, 1, true)]
    [InlineData(StorageNames.Payment, 2, false)]
    [InlineData(StorageNames.Payment, 2, true)]
    [InlineData(StorageNames.Invoice, 1, false)]
    [InlineData(StorageNames.Invoice, 1, true)]
    public async Task ARecurringRunWhoseSaveFailsAtAnyStepMakesAndChargesTheOccurrenceOnceWhenTheNextTickRepeatsIt(string state, int nth, bool afterStoring)
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        var method = await s.CustomerWithMethodAsync(Customer);
        var input = RecurringBilling.Monthly(s.Billing, new DateOnly(2027, 1, 15), 2) with { Term = PaymentTerm.DueOnReceipt, BillingMethodId = method.Id };
        var created = await RecurringBilling.Grain(_silo.Grains, s.Billing, Recurring).CreateAsync(Customer, input);
        var schedule = RecurrenceSchedule.Create(created.Schedule, created.TimeZone);

        _faults.FailWrite(s.Tenant, state, nth, afterStoring);
        _billing.MoveTo(schedule.DueAt(0));
        var first = await Record.ExceptionAsync(() => RecurringBilling.Grain(_silo.Grains, s.Billing, Recurring).GenerateDueAsync());
        await RecurringBilling.Grain(_silo.Grains, s.Billing, Recurring).GenerateDueAsync();
        var details = await RecurringBilling.Grain(_silo.Grains, s.Billing, Recurring).GetAsync();
        var invoice = Assert.Single(details.Invoices).InvoiceId;
        var payment = await FinishAsync(s, Assert.Single(await PaymentsOfAsync(s.Tenant)));

        Assert.True(_faults.Played, $"write {nth} of {state} never came");
        Assert.IsAssignableFrom<Exception>(first);
        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
        Assert.Equal(3995L, MoneyInvariants.OneCharge(_stripe).Amount);
        Assert.Single(await _billing.HistoryAsync(s.Tenant, "payment_attempted"));
        Assert.Empty(details.Failures);
        Assert.Equal(0m, (await s.Invoice(invoice).GetAsync()).Totals.Due);
        await MoneyInvariants.HoldAsync(fixture.Database, _silo.Grains, s, payment, Customer, invoice);
    }

    /// <summary>Lets the payment's waiting steps run as its reminder would, each after the retry back-off, until nothing is left processing.</summary>
    private async Task<PaymentDetails> FinishAsync(PaymentScenario s, long payment)
    {
        PaymentDetails details = null!;
        for (var tick = 0; tick < 3 && (tick == 0 || details.Status == PaymentStatus.Processing); tick++)
        {
            _billing.Clock.Advance(TimeSpan.FromMinutes(10));
            details = await s.Payment(payment).ResumeAsync();
        }

        return details;
    }

    private async Task<List<long>> PaymentsOfAsync(string tenant) =>
        [.. (await fixture.Database.RowsAsync($"SELECT payment_id FROM payment_list WHERE tenant_id = '{tenant}' ORDER BY payment_id"))
            .Select(id => long.Parse(id, CultureInfo.InvariantCulture))];

    private Task<TestSilo> StartSiloAsync() => _billing.StartFaultySiloAsync(_faults, _reminderClock, new Dictionary<string, string?>
    {
        ["Payments:Stripe:SecretKey"] = FakeStripeServer.DefaultApiKey,
        ["Payments:Stripe:ApiBase"] = _stripe.BaseUrl,
    });
}

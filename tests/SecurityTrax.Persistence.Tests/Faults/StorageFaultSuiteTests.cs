using System.Globalization;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Payments;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Faults;

/// <summary>
/// A card payment applied to an invoice, with one write of the payment's or the invoice's state failing at each step in
/// turn, before it is stored or after (stored, but the answer lost); the client then repeats the same operation. Money,
/// application and history come out once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StorageFaultSuiteTests(PostgresFixture fixture) : IAsyncLifetime
{
    private const long Customer = 1001;
    private const long InvoiceNumber = 5001;
    private readonly StorageFaults _faults = new();
    private TestSilo _silo = null!;

    public static TheoryData<string, int, bool> Boundaries
    {
        get
        {
            var data = new TheoryData<string, int, bool>();
            foreach (var after in new[] { false, true })
            {
                foreach (var nth in Enumerable.Range(1, PaymentWrites))
                {
                    data.Add(StorageNames.Payment, nth, after);
                }

                foreach (var nth in Enumerable.Range(1, InvoiceWrites))
                {
                    data.Add(StorageNames.Invoice, nth, after);
                }
            }

            return data;
        }
    }

    // The writes a paid-and-applied card payment makes: the payment's and, after the invoice was made, the invoice's.
    private static int PaymentWrites => 4;

    private static int InvoiceWrites => 2;

    public async Task InitializeAsync() => _silo = await TestSilo.StartAsync(
        fixture.Database,
        PostgresFixture.NewId("svc"),
        PostgresFixture.NewId("cluster"),
        configureServices: services => FaultyGrainStorage.Wrap(services, _faults));

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    // The invoice retries on a real-time grain timer: poll what it should change, bounded in time.
    private static async Task<T> WhenAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        var value = await read();
        while (!done(value))
        {
            await poll.WaitForNextTickAsync(timeout.Token);
            value = await read();
        }

        return value;
    }

    public static TheoryData<string, int, bool> RefundBoundaries
    {
        get
        {
            var data = new TheoryData<string, int, bool>();
            foreach (var after in new[] { false, true })
            {
                // The original payment's and the refund payment's writes (one state name), then the invoice's reopened due.
                foreach (var nth in Enumerable.Range(1, 4))
                {
                    data.Add(StorageNames.Payment, nth, after);
                }

                data.Add(StorageNames.Invoice, 1, after);
            }

            return data;
        }
    }

    [Fact]
    public async Task AVoidedInvoiceWhosePaymentCouldNotBeToldAtOnceGivesTheMoneyBackOnTheRetry()
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        await s.Billing.CustomerAsync(Customer);
        await s.LabourInvoiceAsync(InvoiceNumber, Customer);
        var cash = await s.CashAsync("cash", Customer, 170.00m, new ApplicationRequest(InvoiceNumber, 170.00m));

        _faults.FailWrite(s.Tenant, StorageNames.Payment, 1, afterStoring: false);
        var voided = await s.Invoice(InvoiceNumber).VoidAsync((await s.Invoice(InvoiceNumber).GetAsync()).Version);
        var told = await WhenAsync(async () => await s.Payment(cash.Id).GetAsync(), p => p.Unapplied == 170.00m);

        Assert.True(_faults.Played);
        Assert.Empty(voided.Applications);
        Assert.Equal((170.00m, 0), (told.Unapplied, told.Applications.Length));
        await MoneyInvariants.HoldAsync(fixture.Database, _silo.Grains, s, told, Customer, InvoiceNumber);
    }

    [Theory]
    [InlineData(StorageNames.Payment, 1, false)]
    [InlineData(StorageNames.Payment, 1, true)]
    [InlineData(StorageNames.Payment, 2, false)]
    [InlineData(StorageNames.Payment, 2, true)]
    [InlineData(StorageNames.Invoice, 1, false)]
    [InlineData(StorageNames.Invoice, 1, true)]
    public async Task AVoidWhoseSaveFailsAtAnyStepVoidsOnceWhenRepeatedAndTheInvoiceStaysDue(string state, int nth, bool afterStoring)
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        await s.CustomerWithMethodAsync(Customer, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        await s.LabourInvoiceAsync(InvoiceNumber, Customer);
        var pending = await s.ChargeAsync("debit", Customer, 170.00m, new ApplicationRequest(InvoiceNumber, 170.00m));

        _faults.FailWrite(s.Tenant, state, nth, afterStoring);
        var first = await Record.ExceptionAsync(() => s.Payment(pending.Id).VoidAsync(pending.Version, "Entered twice"));
        // The client reads the payment again and repeats the void on what it sees; the reminder finishes what waits.
        var current = await s.Payment(pending.Id).GetAsync();
        var voided = current.Status == PaymentStatus.Voided ? current : await s.Payment(pending.Id).VoidAsync(current.Version, "Entered twice");
        voided = voided.Status == PaymentStatus.Voided ? voided : await s.Payment(pending.Id).ResumeAsync();

        Assert.True(_faults.Played, $"write {nth} of {state} never came");
        Assert.IsAssignableFrom<Exception>(first);
        Assert.Equal((PaymentStatus.Voided, 0), (voided.Status, voided.Applications.Length));
        Assert.Equal(170.00m, (await s.Invoice(InvoiceNumber).GetAsync()).Totals.Due);
        await MoneyInvariants.HoldAsync(fixture.Database, _silo.Grains, s, voided, Customer, InvoiceNumber);
    }

    [Theory]
    [MemberData(nameof(RefundBoundaries))]
    public async Task ARefundWhoseSaveFailsAtAnyStepRefundsOnceAndReopensTheDueOnceWhenRepeated(string state, int nth, bool afterStoring)
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        await s.CustomerWithMethodAsync(Customer);
        await s.LabourInvoiceAsync(InvoiceNumber, Customer);
        var paid = await s.ChargeAsync("pay", Customer, 170.00m, new ApplicationRequest(InvoiceNumber, 170.00m));
        var refund = () => s.Operation("refund").RefundAsync(paid.Id, 50.00m, "Overcharged");

        _faults.FailWrite(s.Tenant, state, nth, afterStoring);
        var first = await Record.ExceptionAsync(refund);
        var refunded = await refund();
        var original = await s.Payment(paid.Id).ResumeAsync();

        Assert.True(_faults.Played, $"write {nth} of {state} never came");
        Assert.IsAssignableFrom<Exception>(first);
        Assert.Equal((PaymentStatus.Succeeded, -50.00m, paid.Id), (refunded.Status, refunded.Amount, refunded.OriginalPaymentId));
        Assert.Equal((120.00m, 50.00m), (original.Refundable, original.Refunded));
        Assert.Equal(50.00m, (await s.Invoice(InvoiceNumber).GetAsync()).Totals.Due);
        Assert.Equal(["refund"], await fixture.Database.RowsAsync(
            $"SELECT type FROM payment_list WHERE tenant_id = '{s.Tenant}' AND payment_id <> {paid.Id}"));
        await MoneyInvariants.HoldAsync(fixture.Database, _silo.Grains, s, original, Customer, InvoiceNumber);
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task ACardPaymentWhoseSaveFailsAtAnyStepIsChargedAndAppliedOnceWhenRepeated(string state, int nth, bool afterStoring)
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        await s.CustomerWithMethodAsync(Customer);
        await s.LabourInvoiceAsync(InvoiceNumber, Customer);
        var pay = () => s.ChargeAsync("pay", Customer, 170.00m, new ApplicationRequest(InvoiceNumber, 170.00m));

        _faults.FailWrite(s.Tenant, state, nth, afterStoring);
        var first = await Record.ExceptionAsync(pay);
        var paid = await pay();
        paid = paid.Status == PaymentStatus.Succeeded && paid.Applications.Length == 1 ? paid : await s.Payment(paid.Id).ResumeAsync();

        Assert.True(_faults.Played, $"write {nth} of {state} never came");
        Assert.IsAssignableFrom<Exception>(first);
        Assert.Equal((PaymentStatus.Succeeded, 0m), (paid.Status, paid.Unapplied));
        Assert.Equal(170.00m, Assert.Single(paid.Applications).Amount);
        Assert.Equal(0m, (await s.Invoice(InvoiceNumber).GetAsync()).Totals.Due);
        Assert.Equal([paid.Id.ToString(CultureInfo.InvariantCulture)], await fixture.Database.RowsAsync(
            $"SELECT payment_id FROM payment_list WHERE tenant_id = '{s.Tenant}'"));
        await MoneyInvariants.HoldAsync(fixture.Database, _silo.Grains, s, paid, Customer, InvoiceNumber);
    }
}

using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Equipment;
using SecurityTrax.Invoices;
using SecurityTrax.Persistence.Tests.Faults;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

/// <summary>
/// Add Activation Fee and Add Unpaid Equipment on a template mark them for the next invoice made, which presses its own
/// buttons: once, even when a write of the run fails and the next run repeats the step.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RecurringOneTimeItemTests(PostgresFixture fixture) : IAsyncLifetime
{
    private const long Customer = 1001;
    private readonly RecurringBilling _billing = new(fixture);
    private readonly StorageFaults _faults = new();

    // The test makes every run itself: reminders read a clock that never moves, so no tick takes the planned fault.
    private readonly FakeTimeProvider _reminderClock = new(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero));
    private TestSilo _silo = null!;

    public async Task InitializeAsync() => _silo = await _billing.StartFaultySiloAsync(_faults, _reminderClock);

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task TheNextInvoiceCarriesTheMarkedItemsOnceAndTheOneAfterItDoesNot()
    {
        var (s, recurring, schedule) = await MarkedAsync(41);
        s.Act();

        _billing.MoveTo(schedule.DueAt(0));
        await recurring.GenerateDueAsync();
        var afterFirst = await recurring.GetAsync();
        _billing.MoveTo(schedule.DueAt(1));
        await recurring.GenerateDueAsync();
        var details = await recurring.GetAsync();

        var first = await s.Invoice(details.Invoices[0].InvoiceId).GetAsync();
        var second = await s.Invoice(details.Invoices[1].InvoiceId).GetAsync();
        Assert.Empty(afterFirst.PendingItems!);
        Assert.Equal([LineSource.Manual, LineSource.Equipment, LineSource.ActivationFee], first.Lines.Select(l => l.Source));
        Assert.Equal(99.00m, first.Lines.Single(l => l.Source == LineSource.ActivationFee).Amount);
        Assert.Equal([LineSource.Manual], second.Lines.Select(l => l.Source));
        Assert.Equal(first.Id, (await s.Equipment(Customer).ListAsync()).Single().InvoiceId);
        var invoiced = await _billing.HistoryAsync(s.Tenant, "one_time_invoiced");
        Assert.Equal(2, invoiced.Count);
        Assert.All(invoiced, h => Assert.Contains($"invoice {first.Id}", h, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkingAnswersWhyWhenThereIsNothingToAddAndAMarkCanBeTakenOff()
    {
        var s = await BillingScenario.StartAsync(_silo.Grains);
        await s.CustomerAsync(Customer, change: p => p with { ActivationFeePaid = true });
        var recurring = RecurringBilling.Grain(_silo.Grains, s, 42);
        var created = await recurring.CreateAsync(Customer, RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 2));

        var fee = await recurring.MarkOneTimeAsync(RecurringOneTimeItems.ActivationFee, created.Version);
        var equipment = await recurring.MarkOneTimeAsync(RecurringOneTimeItems.UnpaidEquipment, created.Version);
        await s.Equipment(Customer).AddAsync(new EquipmentInput(s.PanelPiece.Id, 1, "Hall", 1, null, false));
        var marked = await recurring.MarkOneTimeAsync(RecurringOneTimeItems.UnpaidEquipment, created.Version);
        var again = await recurring.MarkOneTimeAsync(RecurringOneTimeItems.UnpaidEquipment, marked.RecurringInvoice.Version);
        var removed = await recurring.UnmarkOneTimeAsync(RecurringOneTimeItems.UnpaidEquipment, marked.RecurringInvoice.Version);

        Assert.Equal(("The activation fee is paid.", created.Version), (fee.Reason, fee.RecurringInvoice.Version));
        Assert.Equal("The customer has no unpaid equipment that is on no invoice.", equipment.Reason);
        Assert.Equal([RecurringOneTimeItems.UnpaidEquipment], marked.RecurringInvoice.PendingItems!);
        Assert.Null(marked.Reason);
        Assert.Equal("The unpaid equipment is marked for the next invoice already.", again.Reason);
        Assert.Empty(removed.PendingItems!);
        Assert.Equal(created.Version + 2, removed.Version);
        Assert.Single(await _billing.HistoryAsync(s.Tenant, "one_time_unmarked"));
    }

    [Theory]
    [InlineData(StorageNames.RecurringInvoice, 2, false)]
    [InlineData(StorageNames.RecurringInvoice, 2, true)]
    [InlineData(StorageNames.Invoice, 2, true)]
    [InlineData(StorageNames.Invoice, 3, false)]
    [InlineData(StorageNames.CustomerEquipment, 2, true)]
    public async Task ARunCutBetweenMakingTheInvoiceAndClearingTheMarksAddsEachItemOnceWhenRepeated(string state, int nth, bool afterStoring)
    {
        var (s, recurring, schedule) = await MarkedAsync(43);
        s.Act();

        _faults.FailWrite(s.Tenant, state, nth, afterStoring);
        _billing.MoveTo(schedule.DueAt(0));
        var cut = await Record.ExceptionAsync(() => RecurringBilling.Grain(_silo.Grains, s, 43).GenerateDueAsync());
        await RecurringBilling.Grain(_silo.Grains, s, 43).GenerateDueAsync();
        var details = await recurring.GetAsync();

        Assert.True(_faults.Played, $"write {nth} of {state} never came");
        Assert.NotNull(cut);
        var invoice = await s.Invoice(Assert.Single(details.Invoices).InvoiceId).GetAsync();
        Assert.Equal([LineSource.Manual, LineSource.Equipment, LineSource.ActivationFee], invoice.Lines.Select(l => l.Source));
        Assert.Equal(39.95m + 199.00m + 99.00m, invoice.Totals.SubTotal);
        Assert.Empty(details.PendingItems!);
        Assert.Equal(2, (await _billing.HistoryAsync(s.Tenant, "one_time_invoiced")).Count);
        Assert.Equal(2, (await _billing.HistoryAsync(s.Tenant, "one_time_marked")).Count);
    }

    /// <summary>A customer with one unpaid panel and a $99 activation fee, and a monthly template with both marked.</summary>
    private async Task<(BillingScenario S, IRecurringInvoiceGrain Recurring, RecurrenceSchedule Schedule)> MarkedAsync(long number)
    {
        var s = await BillingScenario.StartAsync(_silo.Grains);
        await s.CustomerAsync(Customer);
        await s.Equipment(Customer).AddAsync(new EquipmentInput(s.PanelPiece.Id, 1, "Hall", 1, null, false));
        var recurring = RecurringBilling.Grain(_silo.Grains, s, number);
        var created = await recurring.CreateAsync(Customer, RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 2));
        var equipment = await recurring.MarkOneTimeAsync(RecurringOneTimeItems.UnpaidEquipment, created.Version);
        var fee = await recurring.MarkOneTimeAsync(RecurringOneTimeItems.ActivationFee, equipment.RecurringInvoice.Version);
        Assert.Equal([RecurringOneTimeItems.UnpaidEquipment, RecurringOneTimeItems.ActivationFee], fee.RecurringInvoice.PendingItems!);
        return (s, recurring, RecurrenceSchedule.Create(created.Schedule, created.TimeZone));
    }
}

using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

[Collection(PostgresCollection.Name)]
public sealed class RecurringInvoiceGrainTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ASiloThatDiesBetweenStoringTheNumberAndMakingTheInvoiceLeavesNoDuplicateAndNoGap()
    {
        var billing = new RecurringBilling(fixture);
        var crash = new CrashOnOccurrence(2);
        var silo = await billing.StartSiloAsync(b => b.AddIncomingGrainCallFilter(crash.InvokeAsync));
        var s = await BillingScenario.StartAsync(silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var created = await RecurringBilling.Grain(silo.Grains, s, 11).CreateAsync(customer, RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 4));
        var schedule = RecurrenceSchedule.Create(created.Schedule, created.TimeZone);
        billing.MoveTo(schedule.DueAt(0));
        await billing.StepUntilInvoicesAsync(s.Tenant, 11, 1);
        billing.MoveTo(schedule.DueAt(1));
        await billing.StepUntilAsync(() => Task.FromResult(crash.Reached.Task.IsCompleted));
        Assert.True(crash.Reached.Task.IsCompleted);
        Assert.Single(await billing.InvoicesAsync(s.Tenant, 11));
        await silo.DisposeAsync();

        // The second occurrence's number was stored, its invoice never made; a new silo's hourly tick finishes it with that number.
        await using var restarted = await billing.StartSiloAsync();
        var rows = await billing.StepUntilInvoicesAsync(s.Tenant, 11, 2);
        var details = await RecurringBilling.Grain(restarted.Grains, s, 11).GetAsync();
        Assert.Equal(details.Invoices.Select(i => $"{i.InvoiceId} {i.SaleDate:yyyy-MM-dd}"), rows);
        Assert.Equal([1, 2], details.Invoices.Select(i => i.Occurrence));
        Assert.Equal(0, await RecurringBilling.Grain(restarted.Grains, s, 11).GenerateDueAsync());
        Assert.Equal(2, (await billing.InvoicesAsync(s.Tenant, 11)).Count);
        s.Act();
        var second = await restarted.Grains.GetGrain<IInvoiceGrain>(GrainKeys.For(s.Tenant, InvoiceKeys.Id(details.Invoices[1].InvoiceId))).GetAsync();
        Assert.Equal((11L, 2, new DateOnly(2027, 2, 15)), (second.RecurringInvoiceId!.Value, second.RecurringOccurrence!.Value, second.SaleDate));
    }

    [Fact]
    public async Task EachGeneratedInvoiceIsEmailedOnceUnderTheOccurrencesMessageId()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var s = await BillingScenario.StartAsync(silo.Grains);
        var customer = await s.CustomerAsync(1001, change: p => p with { Email = "ann@example.com" });
        var recurring = RecurringBilling.Grain(silo.Grains, s, 12);
        var created = await recurring.CreateAsync(customer, RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 2, email: true));
        billing.MoveTo(RecurrenceSchedule.Create(created.Schedule, created.TimeZone).DueAt(0));
        await billing.StepUntilInvoicesAsync(s.Tenant, 12, 1);

        Assert.Equal(0, await recurring.GenerateDueAsync());
        s.Act();
        var message = await silo.Grains.GetGrain<IMessageGrain>(GrainKeys.For(s.Tenant, RecurringInvoiceEmails.GeneratedMessageId(12, 1))).GetAsync();
        var invoice = (await recurring.GetAsync()).Invoices.Single().InvoiceId;
        Assert.Equal((customer, "ann@example.com", MessageStatus.Sent), (message.CustomerId, message.To, message.Status));
        Assert.Contains(invoice.ToString(System.Globalization.CultureInfo.InvariantCulture), message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputIsReportedFieldByFieldAndNothingIsCreated()
    {
        var s = await BillingScenario.StartAsync(fixture.Silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var grain = RecurringBilling.Grain(fixture.Silo.Grains, s, 13);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Denver")).DateTime);
        var good = RecurringBilling.Monthly(s, today.AddDays(1), 12);

        async Task<string[]> FieldsOf(RecurringInvoiceInput input) =>
            [.. (await Assert.ThrowsAsync<SecurityTraxException>(() => grain.CreateAsync(customer, input))).Fields.Select(f => f.Field).Order()];

        Assert.Equal(["nextDate"], await FieldsOf(good with { Schedule = good.Schedule with { FirstDate = today } }));
        Assert.Equal(["nextDate"], await FieldsOf(good with { Schedule = good.Schedule with { FirstDate = today.AddDays(-3) } }));
        Assert.Equal(["count"], await FieldsOf(good with { Schedule = good.Schedule with { Count = 0 } }));
        Assert.Equal(["count", "interval"], await FieldsOf(good with { Schedule = good.Schedule with { Count = -2, Interval = 0 } }));
        Assert.Equal(["lines"], await FieldsOf(good with { Lines = [] }));
        Assert.Equal(["lines[0].itemId", "lines[0].quantity"], await FieldsOf(good with { Lines = [new InvoiceLineInput(999, 0, null, 1m, null)] }));
        Assert.Equal(["emailInvoice"], await FieldsOf(good with { EmailInvoice = true }));
        await Assert.ThrowsAsync<SecurityTraxException>(grain.GetAsync);

        var preview = await fixture.Silo.Grains.GetGrain<IRecurringInvoiceQueryGrain>(GrainKeys.For(s.Tenant, IRecurringInvoiceQueryGrain.Id)).PreviewAsync(good.Schedule);
        Assert.Equal((12, today.AddDays(1).AddMonths(11)), (preview.Occurrences.Length, preview.FinalDate));
    }

    [Fact]
    public async Task DeletingStopsFutureInvoicesKeepsTheMadeOnesAndRemovesTheReminder()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var s = await BillingScenario.StartAsync(silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var recurring = RecurringBilling.Grain(silo.Grains, s, 14);
        var created = await recurring.CreateAsync(customer, RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 5));
        var schedule = RecurrenceSchedule.Create(created.Schedule, created.TimeZone);
        billing.MoveTo(schedule.DueAt(0));
        await billing.StepUntilInvoicesAsync(s.Tenant, 14, 1);
        var before = await recurring.GetAsync();

        await Assert.ThrowsAsync<SecurityTraxException>(() => recurring.DeleteAsync(before.Version - 1));
        await recurring.DeleteAsync(before.Version);

        Assert.Empty(await billing.RemindersAsync(s.Tenant, 14));
        billing.MoveTo(schedule.DueAt(2));
        Assert.Equal(0, await recurring.GenerateDueAsync());
        Assert.Single(await billing.InvoicesAsync(s.Tenant, 14));
        var after = await recurring.GetAsync();
        Assert.Equal((true, 0, (DateOnly?)null), (after.Deleted, after.RemainingCount, after.NextDate));
        s.Act();
        Assert.Empty(await silo.Grains.GetGrain<IRecurringInvoiceQueryGrain>(GrainKeys.For(s.Tenant, IRecurringInvoiceQueryGrain.Id)).ListForCustomerAsync(customer));
        Assert.Equal(["recurring_invoice 14 0 system"], await billing.HistoryAsync(s.Tenant, "deleted"));
    }

    /// <summary>Fails every making of one occurrence's invoice on this silo, as if it died between the two steps.</summary>
    private sealed class CrashOnOccurrence(int occurrence)
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task InvokeAsync(IIncomingGrainCallContext context)
        {
            if (context.Request.GetArgumentCount() == 1 && context.Request.GetArgument(0) is RecurringCopy copy && copy.Occurrence == occurrence)
            {
                Reached.TrySetResult();
                throw new InvalidOperationException("The silo died here.");
            }

            await context.Invoke();
        }
    }
}

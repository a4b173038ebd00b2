using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.RecurringInvoices;
using static SecurityTrax.Persistence.Tests.RecurringInvoices.RecurringChargeMethodTests;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

/// <summary>An occurrence that cannot be invoiced or charged is recorded and skipped; three of one kind in a row pause the recurring invoice.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RecurringFailureTests(PostgresFixture fixture)
{
    private const string Office = "u-office";

    [Fact]
    public async Task AChargeThatCannotBeMadeOnOccurrenceTwoIsRecordedAndOccurrenceThreeIsStillInvoicedAndCharged()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, customer) = await CustomerAsync(silo.Grains);
        var card = await AddCardAsync(silo.Grains, s, customer, "pm_card_visa", makeDefault: true);
        var (recurring, schedule) = await RecurringAsync(silo.Grains, s, customer, 61, card, 3);
        billing.MoveTo(schedule.DueAt(0));
        s.Act();
        await recurring.GenerateDueAsync();

        // The named card goes and there is no other: occurrence 2 cannot be charged. A new default card comes after it.
        await Methods(silo.Grains, s, customer).RemoveAsync(card);
        billing.MoveTo(schedule.DueAt(1));
        s.Act();
        await recurring.GenerateDueAsync();
        await AddCardAsync(silo.Grains, s, customer, "pm_card_mastercard", makeDefault: true);
        billing.MoveTo(schedule.DueAt(2));
        s.Act();
        await recurring.GenerateDueAsync();

        s.Act();
        var invoices = (await recurring.GetAsync()).Invoices;
        Assert.Equal([1, 2, 3], invoices.Select(i => i.Occurrence));
        var states = new List<(InvoiceStatus, decimal)>();
        foreach (var made in invoices)
        {
            var invoice = await InvoiceAsync(silo.Grains, s, made.InvoiceId);
            states.Add((invoice.Status, invoice.Totals.Due));
        }

        Assert.Equal([(InvoiceStatus.Paid, 0m), (InvoiceStatus.Open, 39.95m), (InvoiceStatus.Paid, 0m)], states);
        Assert.Equal(2, (await billing.HistoryAsync(s.Tenant, "payment_attempted")).Count);
        Assert.Equal(
            [$"recurring_invoice 61 #2 no_billing_method: Billing method {card} is no longer on the customer and there is no default card or bank account. system"],
            await billing.HistoryAsync(s.Tenant, "occurrence_failed"));
    }

    [Fact]
    public async Task ThreeOccurrencesThatCannotBeInvoicedInARowPauseItVisiblyAndNoMoreAreTried()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, customer) = await CustomerAsync(silo.Grains);
        var grain = RecurringBilling.Grain(silo.Grains, s, 62);
        As(s);
        var created = await grain.CreateAsync(customer, RecurringBilling.Monthly(s, new DateOnly(2027, 1, 15), 6));
        var schedule = RecurrenceSchedule.Create(created.Schedule, created.TimeZone);
        s.Act();
        await s.Customer(customer).DeleteAsync((await s.Customer(customer).GetAsync(false)).Version);

        for (var k = 0; k < 4; k++)
        {
            billing.MoveTo(schedule.DueAt(k));
            s.Act();
            await RecurringBilling.Grain(silo.Grains, s, 62).GenerateDueAsync();
        }

        var details = await RecurringBilling.Grain(silo.Grains, s, 62).GetAsync();
        Assert.Equal(RecurringStatuses.Paused, details.Status);
        Assert.Equal($"3 occurrences in a row failed (invoice: not_found); last: Customer {customer} was not found.", details.PausedReason);
        Assert.Equal([(1, "invoice", "not_found"), (2, "invoice", "not_found"), (3, "invoice", "not_found")],
            details.Failures.Select(f => (f.Occurrence, f.Step, f.Kind)));
        Assert.Empty(details.Invoices);
        Assert.Equal(3, details.Schedule.Count - details.RemainingCount);
        Assert.Equal(["recurring_invoice 62 paused: " + details.PausedReason + " system"], await billing.HistoryAsync(s.Tenant, "paused"));
        Assert.Equal((3, 1), (await NotificationsAsync(s, RecurringFailures.FailedNotice), await NotificationsAsync(s, RecurringFailures.PausedNotice)));
        s.Act();
        var row = Assert.Single(await silo.Grains.GetGrain<IRecurringInvoiceQueryGrain>(GrainKeys.For(s.Tenant, IRecurringInvoiceQueryGrain.Id)).ListForCustomerAsync(customer));
        Assert.Equal((RecurringStatuses.Paused, details.PausedReason), (row.Status, row.PausedReason));
    }

    [Fact]
    public async Task ThreeDeclinesInARowPauseItAndResumingMakesTheHeldBackOccurrenceAndGoesOn()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, customer) = await CustomerAsync(silo.Grains);
        var card = await AddCardAsync(silo.Grains, s, customer, "pm_card_chargeCustomerFail", makeDefault: true);
        var (recurring, schedule) = await RecurringAsync(silo.Grains, s, customer, 63, card, 5);
        for (var k = 0; k < 4; k++)
        {
            billing.MoveTo(schedule.DueAt(k));
            s.Act();
            await recurring.GenerateDueAsync();
        }

        var paused = await recurring.GetAsync();
        Assert.Equal((RecurringStatuses.Paused, 3, 3), (paused.Status, paused.Invoices.Length, paused.Failures.Length));
        Assert.StartsWith("3 occurrences in a row failed (charge: declined); last: Your card was declined.", paused.PausedReason, StringComparison.Ordinal);
        await Assert.ThrowsAsync<Errors.SecurityTraxException>(() => recurring.ResumeAsync(paused.Version - 1));

        var resumed = await recurring.ResumeAsync(paused.Version);
        s.Act();
        await recurring.GenerateDueAsync();

        var after = await recurring.GetAsync();
        Assert.Equal((RecurringStatuses.Active, null), (resumed.Status, resumed.PausedReason));
        Assert.Equal((RecurringStatuses.Active, 4, 4), (after.Status, after.Invoices.Length, after.Failures.Length));
        Assert.Equal(4, (await billing.HistoryAsync(s.Tenant, "payment_attempted")).Count);
        Assert.Single(await billing.HistoryAsync(s.Tenant, "resumed"));
    }

    [Fact]
    public async Task AnInvoiceNumberTakenByAnotherInvoiceSkipsThatOccurrenceOnly()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, customer) = await CustomerAsync(silo.Grains);
        var (recurring, schedule) = await RecurringAsync(silo.Grains, s, customer, 64, null, 3);

        // The number occurrence 1 will draw is taken by an invoice made by hand under it.
        s.Act();
        var taken = await silo.Grains.GetGrain<Sequences.ISequenceGrain>(GrainKeys.For(s.Tenant, Sequences.SequenceKinds.GrainId(Sequences.SequenceKinds.Invoice))).NextAsync() + 1;
        await s.InvoiceAsync(taken, customer, InvoiceType.Invoice, new InvoiceLineInput(s.Labour.Id, 1, null, null, null));
        for (var k = 0; k < 2; k++)
        {
            billing.MoveTo(schedule.DueAt(k));
            s.Act();
            await recurring.GenerateDueAsync();
        }

        var details = await recurring.GetAsync();
        Assert.Equal([2], details.Invoices.Select(i => i.Occurrence));
        var failure = Assert.Single(details.Failures);
        Assert.Equal((1, "invoice", "conflict", $"Invoice {taken} exists."), (failure.Occurrence, failure.Step, failure.Kind, failure.Reason));
        Assert.Equal((RecurringStatuses.Active, 1), (details.Status, details.RemainingCount));
        var invoice = await InvoiceAsync(silo.Grains, s, details.Invoices[0].InvoiceId);
        Assert.Equal((64L, 2, new DateOnly(2027, 2, 15)), (invoice.RecurringInvoiceId!.Value, invoice.RecurringOccurrence!.Value, invoice.SaleDate));
    }

    /// <summary>Acts as an office user, who is then the recurring invoice's creator and is told of its failures.</summary>
    private static void As(BillingScenario s) => CallerContext.Set(new Caller(s.Tenant, Office, "Olive Office", ChangeSources.Web, null, null, GrantSet.Of(BuiltInRoles.DefaultGrants(BuiltInRoles.Office))));

    private async Task<long> NotificationsAsync(BillingScenario s, string kind) =>
        await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM notifications WHERE tenant_id = @t AND user_id = @u AND kind = @k", ("t", s.Tenant), ("u", Office), ("k", kind));
}

using System.Globalization;
using SecurityTrax.Dunning;
using SecurityTrax.Messages;
using SecurityTrax.Payments;
using SecurityTrax.Tickets;

namespace SecurityTrax.Persistence.Tests.Dunning;

/// <summary>The retries of a declined recurring charge, on fake time: when they fall, and what the last failure does.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DunningScheduleTests(PostgresFixture fixture)
{
    private static readonly DateTimeOffset Jan16 = Utc("2027-01-16T09:00");

    [Fact]
    public async Task NoticesAndRetriesFallAtTwoInTheMorningCompanyTimeAcrossDstAndTheLastFailureMarksPastDueAndOpensOneTicket()
    {
        // Denver: 02:00 MST is 09:00Z; after 2027-03-14 02:00 MDT is 08:00Z, and 2027-03-14 02:00 itself is skipped (03:00 MDT, 09:00Z).
        await using var d = await DunningScenario.StartAsync(fixture, retryDays: [3, 60]);

        var started = (await d.InvoiceAsync()).Dunning!;
        var beforeNotice = await d.RunAtAsync(Jan16.AddMinutes(-1));
        var noticesBefore = (await d.HistoryAsync("dunning_notice_sent")).Count;
        await d.RunAtAsync(Jan16);
        var noticesAt = (await d.HistoryAsync("dunning_notice_sent")).Count;
        var beforeRetry = await d.RunAtAsync(Utc("2027-01-18T08:59"));
        var firstRetry = await d.RunAtAsync(Utc("2027-01-18T09:00"));
        await d.RunAtAsync(Utc("2027-03-14T08:59"));
        var secondNoticesBefore = (await d.HistoryAsync("dunning_notice_sent")).Count;
        await d.RunAtAsync(Utc("2027-03-14T09:00"));
        var secondNotices = (await d.HistoryAsync("dunning_notice_sent")).Count;
        var beforeLast = await d.RunAtAsync(Utc("2027-03-16T07:59"));
        var last = await d.RunAtAsync(Utc("2027-03-16T08:00"));
        await d.RunAtAsync(Utc("2027-03-17T08:00"));

        Assert.Equal((DunningStatus.Active, 0, new DateOnly(2027, 1, 18)), (started.Status, started.Attempts, started.NextRetryOn));
        Assert.Equal([$"invoice {d.InvoiceId} Retries on 2027-01-18, 2027-03-16 dunning"], await d.HistoryAsync("dunning_scheduled"));
        Assert.Equal((0, 0, 1), (beforeNotice.Attempts, noticesBefore, noticesAt));
        d.Payments.Billing.Act();
        var notice = await d.Silo.Grains.GetGrain<IMessageGrain>(GrainKeys.For(d.Tenant, DunningNotices.MessageId(d.InvoiceId, 1, MessageChannel.Email))).GetAsync();
        Assert.Equal(MessageStatus.Sent, notice.Status);
        Assert.Contains("We will try again on\n1/18/2027 for $39.95.", notice.Html!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"{DunningScenario.PortalBaseUrl}/portal/{d.Tenant}/", notice.Html, StringComparison.Ordinal);
        Assert.Equal((0, 1, new DateOnly(2027, 3, 16)), (beforeRetry.Attempts, firstRetry.Attempts, firstRetry.NextRetryOn));
        Assert.Equal((1, 2), (secondNoticesBefore, secondNotices));
        Assert.Equal((DunningStatus.Active, 1), (beforeLast.Status, beforeLast.Attempts));
        Assert.Equal((DunningStatus.Failed, 2, (DateOnly?)null), (last.Status, last.Attempts, last.NextRetryOn));
        Assert.Equal(2, (await d.HistoryAsync("dunning_retried")).Count);
        Assert.Single(await d.HistoryAsync("dunning_failed"));
        Assert.True(await d.PastDueAsync());
        Assert.Single(await d.HistoryAsync("marked_past_due"));
        Assert.Equal(["true"], await fixture.Database.RowsAsync($"SELECT past_due::text FROM customer_list WHERE tenant_id = '{d.Tenant}' AND customer_id = {DunningScenario.Customer}"));
        d.Payments.Billing.Act();
        var notes = (await d.Silo.Grains.GetGrain<INoteQueryGrain>(GrainKeys.For(d.Tenant, INoteQueryGrain.Id)).ForCustomerAsync(DunningScenario.Customer, null, 10)).Items;
        var ticket = Assert.Single(notes);
        Assert.Equal((true, TicketPriority.High, TicketStatus.Open, $"Invoice {d.InvoiceId} past due"), (ticket.IsTicket, ticket.Priority, ticket.Status, ticket.Subject));
        Assert.Equal(3, (await PaymentsAsync(d)).Count);
    }

    [Fact]
    public async Task TheHourlyReminderMakesTheRetryOnItsDateWithoutBeingAsked()
    {
        await using var d = await DunningScenario.StartAsync(fixture);

        d.Billing.MoveTo(Utc("2027-01-18T08:50"));
        await d.Billing.StepUntilAsync(async () => (await d.HistoryAsync("dunning_retried")).Count == 1);

        var retried = (await d.InvoiceAsync()).Dunning!;
        Assert.Equal((DunningStatus.Active, 1, new DateOnly(2027, 1, 22)), (retried.Status, retried.Attempts, retried.NextRetryOn));
        Assert.Equal(["1"], await RemindersAsync(d));
    }

    [Fact]
    public async Task ANewDefaultCardRetriesAtOnceAndAPaidRetryEndsDunningAndItsReminder()
    {
        await using var d = await DunningScenario.StartAsync(fixture);

        d.Payments.Billing.Act();
        await d.Payments.Methods(DunningScenario.Customer).AddAsync(new NewBillingMethod(BillingMethodKind.Card, "pm_card_visa", null, true));
        var paid = await d.WaitForAsync(DunningStatus.Paid);
        var later = await d.RunAtAsync(Utc("2027-01-22T09:00"));

        Assert.Equal((1, (DateOnly?)null, 0m), (paid.Attempts, paid.NextRetryOn, (await d.InvoiceAsync()).Totals.Due));
        Assert.Equal((DunningStatus.Paid, 1), (later.Status, later.Attempts));
        Assert.Single(await d.HistoryAsync("dunning_succeeded"));
        Assert.Equal(2, (await PaymentsAsync(d)).Count);
        Assert.False(await d.PastDueAsync());
        Assert.Equal(["0"], await RemindersAsync(d));
    }

    [Fact]
    public async Task PayingAPastDueInvoiceByHandStopsItsDunningAndClearsPastDue()
    {
        await using var d = await DunningScenario.StartAsync(fixture, retryDays: [1]);
        var failed = await d.RunAtAsync(Jan16);
        var pastDue = await d.PastDueAsync();

        d.Payments.Billing.Act();
        await d.Payments.CashAsync("cash-" + d.InvoiceId, DunningScenario.Customer, 39.95m, new ApplicationRequest(d.InvoiceId, 39.95m));
        var stopped = await d.WaitForAsync(DunningStatus.Stopped);

        Assert.Equal((DunningStatus.Failed, true), (failed.Status, pastDue));
        Assert.Equal(1, stopped.Attempts);
        Assert.Equal([$"invoice {d.InvoiceId} The invoice was paid dunning"], await d.HistoryAsync("dunning_stopped"));
        Assert.False(await d.PastDueAsync());
        Assert.Single(await d.HistoryAsync("past_due_cleared"));
    }

    [Fact]
    public async Task WithSuspendTheFinalFailureSuspendsTheServiceOnceTheTicketSaysToTellTheStationAndPayingClearsIt()
    {
        await using var d = await DunningScenario.StartAsync(fixture, retryDays: [1], suspend: true);
        var failed = await d.RunAtAsync(Jan16);
        var suspended = await d.CustomerAsync();
        var row = await fixture.Database.RowsAsync($"SELECT suspended::text FROM customer_list WHERE tenant_id = '{d.Tenant}' AND customer_id = {DunningScenario.Customer}");
        d.Payments.Billing.Act();
        var notes = (await d.Silo.Grains.GetGrain<INoteQueryGrain>(GrainKeys.For(d.Tenant, INoteQueryGrain.Id)).ForCustomerAsync(DunningScenario.Customer, null, 10)).Items;
        var ticket = await d.Silo.Grains.GetGrain<INoteGrain>(GrainKeys.For(d.Tenant, NoteKeys.Id(Assert.Single(notes).Id))).GetAsync();

        // The office clears it by hand; a later tick does not suspend again, and paying finds nothing left to clear.
        var cleared = await d.Payments.Billing.Customer(DunningScenario.Customer).ClearSuspensionAsync(false, suspended.Version);
        await d.RunAtAsync(Jan16.AddHours(3));
        var afterTick = await d.CustomerAsync();
        d.Payments.Billing.Act();
        await d.Payments.CashAsync("cash-" + d.InvoiceId, DunningScenario.Customer, 39.95m, new ApplicationRequest(d.InvoiceId, 39.95m));
        await d.WaitForAsync(DunningStatus.Stopped);
        await d.Billing.StepUntilAsync(async () => !(await d.CustomerAsync()).PastDue);

        Assert.Equal(DunningStatus.Failed, failed.Status);
        Assert.Equal((true, true), (suspended.Suspended, suspended.PastDue));
        Assert.Equal(["true"], row);
        Assert.Contains("tell the monitoring station", ticket.Note.Body, StringComparison.Ordinal);
        Assert.Single(await d.HistoryAsync("service_suspended"));
        Assert.False(cleared.Suspended);
        Assert.False(afterTick.Suspended);
        Assert.Contains("Cleared by the office", Assert.Single(await d.HistoryAsync("suspension_cleared")), StringComparison.Ordinal);
        Assert.False((await d.CustomerAsync()).PastDue);
    }

    [Fact]
    public async Task PayingAPastDueInvoiceOfASuspendedServiceClearsTheSuspension()
    {
        await using var d = await DunningScenario.StartAsync(fixture, retryDays: [1], suspend: true);
        await d.RunAtAsync(Jan16);
        var before = await d.CustomerAsync();

        d.Payments.Billing.Act();
        await d.Payments.CashAsync("cash-" + d.InvoiceId, DunningScenario.Customer, 39.95m, new ApplicationRequest(d.InvoiceId, 39.95m));
        await d.WaitForAsync(DunningStatus.Stopped);
        await d.Billing.StepUntilAsync(async () => !(await d.CustomerAsync()).Suspended);

        Assert.True(before.Suspended);
        Assert.False((await d.CustomerAsync()).Suspended);
        Assert.Single(await d.HistoryAsync("suspension_cleared"));
    }

    [Fact]
    public async Task PayingAnInvoiceStillChasedStopsItsRetriesAtOnce()
    {
        await using var d = await DunningScenario.StartAsync(fixture);

        d.Payments.Billing.Act();
        await d.Payments.CashAsync("cash-" + d.InvoiceId, DunningScenario.Customer, 39.95m, new ApplicationRequest(d.InvoiceId, 39.95m));
        var stopped = await d.WaitForAsync(DunningStatus.Stopped);
        var later = await d.RunAtAsync(Utc("2027-01-30T09:00"));

        Assert.Equal((0, 0), (stopped.Attempts, later.Attempts));
        Assert.Empty(await d.HistoryAsync("dunning_retried"));
        Assert.False(await d.PastDueAsync());
        Assert.Empty(await d.HistoryAsync("marked_past_due"));
    }

    private Task<List<string>> PaymentsAsync(DunningScenario d) =>
        fixture.Database.RowsAsync($"SELECT payment_id FROM payment_list WHERE tenant_id = '{d.Tenant}' AND method <> 'cash'");

    private Task<List<string>> RemindersAsync(DunningScenario d) =>
        fixture.Database.RowsAsync($"SELECT count(*)::text FROM orleansreminders WHERE serviceid = '{d.Billing.ServiceId}' AND remindername = '{DunningGrain.ReminderName}'");

    private static DateTimeOffset Utc(string at) => DateTimeOffset.Parse(at + "Z", CultureInfo.InvariantCulture);
}

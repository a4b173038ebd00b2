using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

/// <summary>Recurring invoices driven by real reminders in the PostgreSQL reminder table, on a fake clock.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RecurringReminderTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ThirtySixMonthlyOccurrencesFireThroughRemindersOnTheirOwnDates()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var s = await BillingScenario.StartAsync(silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var recurring = RecurringBilling.Grain(silo.Grains, s, 7);
        var created = await recurring.CreateAsync(customer, RecurringBilling.Monthly(s, new DateOnly(2026, 12, 31), 36));
        var schedule = RecurrenceSchedule.Create(created.Schedule, "America/Denver");
        Assert.Equal(new DateOnly(2029, 11, 30), created.FinalDate);
        Assert.Equal(["2026-12-31T09:00 3600000"], await billing.RemindersAsync(s.Tenant, 7));
        Assert.True(schedule.DueAt(35) > billing.Clock.GetUtcNow().AddYears(2));

        for (var k = 0; k < 36; k++)
        {
            // Only the reminder can make the invoice: nothing calls the grain while the test waits on the read model.
            billing.MoveTo(schedule.DueAt(k));
            Assert.Equal(k + 1, (await billing.StepUntilInvoicesAsync(s.Tenant, 7, k + 1)).Count);
        }

        // One hourly reminder from the first instant on: 2027-07-31 02:00 MDT (UTC−6) is a whole number of hours after it.
        Assert.Equal(new DateTimeOffset(2027, 7, 31, 8, 0, 0, TimeSpan.Zero), schedule.DueAt(7));

        // The last invoice's due date (net 15) is its charge step (the customer's default method, here none): then the reminder goes.
        Assert.NotEmpty(await billing.RemindersAsync(s.Tenant, 7));
        billing.MoveTo(schedule.DueAt(35).AddDays(15));
        await billing.StepUntilAsync(async () => (await billing.RemindersAsync(s.Tenant, 7)).Count == 0);

        var rows = await billing.InvoicesAsync(s.Tenant, 7);
        var expected = Enumerable.Range(0, 36).Select(k => schedule.DateOf(k).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expected, rows.Select(r => r.Split(' ')[1]).ToList());
        Assert.Equal(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"], expected.Skip(1).Take(4));
        Assert.Equal(36, rows.Select(r => r.Split(' ')[0]).Distinct().Count());
        Assert.Empty(await billing.RemindersAsync(s.Tenant, 7));
        var details = await recurring.GetAsync();
        Assert.Equal((36, 0, (DateOnly?)null), (details.Invoices.Length, details.RemainingCount, details.NextDate));
        Assert.Equal(36, (await billing.HistoryAsync(s.Tenant, "generated")).Count(h => h.EndsWith("recurring_billing", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheReminderSurvivesASiloRestart()
    {
        var billing = new RecurringBilling(fixture);
        var silo = await billing.StartSiloAsync();
        var s = await BillingScenario.StartAsync(silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var created = await RecurringBilling.Grain(silo.Grains, s, 8).CreateAsync(customer, RecurringBilling.Monthly(s, new DateOnly(2026, 12, 5), 3));
        await silo.DisposeAsync();

        billing.MoveTo(RecurrenceSchedule.Create(created.Schedule, created.TimeZone).DueAt(0).AddMinutes(-5));
        await using var restarted = await billing.StartSiloAsync();

        var rows = await billing.StepUntilInvoicesAsync(s.Tenant, 8, 1);
        Assert.Equal("2026-12-05", Assert.Single(rows).Split(' ')[1]);
        Assert.Equal(["2026-12-05T09:00 3600000"], await billing.RemindersAsync(s.Tenant, 8));
    }

    [Fact]
    public async Task AThreeDayOutageCatchesUpExactlyTheMissedOccurrencesEachWithItsOwnDate()
    {
        var billing = new RecurringBilling(fixture);
        var silo = await billing.StartSiloAsync();
        var s = await BillingScenario.StartAsync(silo.Grains);
        var customer = await s.CustomerAsync(1001);
        var input = RecurringBilling.Monthly(s, new DateOnly(2026, 12, 1), 10) with { Schedule = new RecurrenceRule(new DateOnly(2026, 12, 1), 1, RecurrenceUnit.Days, 10) };
        var created = await RecurringBilling.Grain(silo.Grains, s, 9).CreateAsync(customer, input);
        var schedule = RecurrenceSchedule.Create(created.Schedule, created.TimeZone);
        billing.MoveTo(schedule.DueAt(0));
        await billing.StepUntilInvoicesAsync(s.Tenant, 9, 1);
        await silo.DisposeAsync();

        // Down from just after Dec 1 until Dec 4 at 10:00 local: Dec 2, 3 and 4 were due meanwhile, Dec 5 is not.
        billing.MoveTo(schedule.DueAt(3).AddHours(8));
        await using var restarted = await billing.StartSiloAsync();

        var rows = await billing.StepUntilInvoicesAsync(s.Tenant, 9, 4);
        Assert.Equal(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"], rows.Select(r => r.Split(' ')[1]));
        Assert.Equal(["2026-12-01T09:00 3600000"], await billing.RemindersAsync(s.Tenant, 9));
        Assert.Equal(0, await RecurringBilling.Grain(restarted.Grains, s, 9).GenerateDueAsync());
        Assert.Equal(4, (await billing.InvoicesAsync(s.Tenant, 9)).Count);
    }
}

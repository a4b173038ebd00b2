using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using SecurityTrax.Invoices;
using SecurityTrax.Persistence.Tests.Faults;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.RecurringInvoices;

/// <summary>
/// Silos on the collection's database whose business clock and reminder clock are one fake clock, so reminders
/// months apart fire on <see cref="FakeTimeProvider.Advance"/>; and reads of what the grains wrote to PostgreSQL.
/// </summary>
public sealed class RecurringBilling(PostgresFixture fixture)
{
    /// <summary>The key under which Orleans reminders read their clock.</summary>
    public const string ReminderClockKey = "Orleans.Reminders";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public string ServiceId { get; } = PostgresFixture.NewId("svc");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero));

    public Task<TestSilo> StartSiloAsync(Action<ISiloBuilder>? configure = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        TestSilo.StartAsync(
            fixture.Database,
            ServiceId,
            PostgresFixture.NewId("cluster"),
            configureSilo: silo =>
            {
                // Reminders due within the window are loaded at start; years of schedule fit in it.
                silo.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(5000));
                configure?.Invoke(silo);
            },
            configureServices: services =>
            {
                services.AddKeyedSingleton<TimeProvider>(SecurityTrax.Clock.Key, Clock);
                services.AddKeyedSingleton<TimeProvider>(ReminderClockKey, Clock);
            },
            settings: settings);

    /// <summary>
    /// A silo whose grain storage fails the write <paramref name="faults"/> plans, and whose reminders read
    /// <paramref name="reminderClock"/>: a clock that never moves, so the test makes every run itself and no tick takes the fault.
    /// </summary>
    public Task<TestSilo> StartFaultySiloAsync(StorageFaults faults, TimeProvider reminderClock, IReadOnlyDictionary<string, string?>? settings = null) =>
        TestSilo.StartAsync(
            fixture.Database,
            ServiceId,
            PostgresFixture.NewId("cluster"),
            configureSilo: silo => silo.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(5000)),
            configureServices: services =>
            {
                services.AddKeyedSingleton<TimeProvider>(SecurityTrax.Clock.Key, Clock);
                services.AddKeyedSingleton<TimeProvider>(ReminderClockKey, reminderClock);
                FaultyGrainStorage.Wrap(services, faults);
            },
            settings: settings);

    public static RecurringInvoiceInput Monthly(BillingScenario s, DateOnly first, int count, bool email = false) =>
        new([new InvoiceLineInput(s.Labour.Id, 1, "Monthly monitoring", 39.95m, null)], PaymentTerm.Net15, "PO-7", new RecurrenceRule(first, 1, RecurrenceUnit.Months, count),
            email, null, false);

    public static IRecurringInvoiceGrain Grain(IGrainFactory grains, BillingScenario s, long number)
    {
        s.Act();
        return grains.GetGrain<IRecurringInvoiceGrain>(GrainKeys.For(s.Tenant, number.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Moves the clock to <paramref name="at"/> (never back).</summary>
    public void MoveTo(DateTimeOffset at)
    {
        if (at > Clock.GetUtcNow())
        {
            Clock.Advance(at - Clock.GetUtcNow());
        }
    }

    /// <summary>The generated invoices in the read model, by occurrence: (invoice id, sale date).</summary>
    public Task<List<string>> InvoicesAsync(string tenant, long recurring) =>
        fixture.Database.RowsAsync(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT invoice_id || ' ' || to_char(sale_date, 'YYYY-MM-DD') FROM invoice_list
            WHERE tenant_id = '{tenant}' AND recurring_invoice_id = {recurring} ORDER BY sale_date, invoice_id
            """));

    /// <summary>
    /// Reminders tick on the fake clock, but their service works in real time (after a silo start it loads the table
    /// in the background, and a reminder whose time passed meanwhile ticks at its next hourly period): the clock
    /// moves on in 10-minute steps until the read model holds <paramref name="count"/> invoices.
    /// </summary>
    public async Task<List<string>> StepUntilInvoicesAsync(string tenant, long recurring, int count)
    {
        await StepUntilAsync(async () => (await InvoicesAsync(tenant, recurring)).Count >= count);
        return await InvoicesAsync(tenant, recurring);
    }

    /// <summary>Moves the clock on in 10-minute steps (at most 10 hours) until <paramref name="done"/>; nothing calls the grains meanwhile.</summary>
    public async Task StepUntilAsync(Func<Task<bool>> done)
    {
        for (var step = 0; step < 60 && !await done(); step++)
        {
            Clock.Advance(TimeSpan.FromMinutes(10));
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>Waits until the reminder row says <paramref name="expected"/> (the grain sets it after each run).</summary>
    public async Task WaitForReminderAsync(string tenant, long recurring, params string[] expected)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!(await RemindersAsync(tenant, recurring)).SequenceEqual(expected))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(25), timeout.Token);
        }
    }

    /// <summary>The reminder rows of the recurring invoice: (start time, period in ms).</summary>
    public Task<List<string>> RemindersAsync(string tenant, long recurring) =>
        fixture.Database.RowsAsync(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT to_char(starttime AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') || ' ' || period FROM orleansreminders
            WHERE serviceid = '{ServiceId}' AND grainid LIKE '%{tenant}/{recurring}'
            """));

    public Task<List<string>> HistoryAsync(string tenant, string action) =>
        fixture.Database.RowsAsync($"""
            SELECT entity_type || ' ' || entity_id || ' ' || coalesce(new_value, '') || ' ' || source FROM history
            WHERE tenant_id = '{tenant}' AND action = '{action}' ORDER BY occurred_at, entity_id
            """);
}

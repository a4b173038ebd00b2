using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using SecurityTrax.Customers;
using SecurityTrax.Dunning;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Faults;
using SecurityTrax.Persistence.Tests.Payments;
using SecurityTrax.Persistence.Tests.Probes;
using SecurityTrax.Persistence.Tests.RecurringInvoices;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Dunning;

/// <summary>
/// A company (America/Denver) whose customer's monthly charge on 2027-01-15 was declined, so its dunning has started;
/// a silo of its own on the fake business and reminder clock, with storage faults that can be planned.
/// </summary>
public sealed class DunningScenario : IAsyncDisposable
{
    public const long Customer = 1001;
    public const string DecliningCard = "pm_card_chargeCustomerFail";
    public const string PortalBaseUrl = "https://pay.example.test";

    private DunningScenario(RecurringBilling billing, StorageFaults faults, TestSilo silo, PaymentScenario payments, long invoice)
    {
        (Billing, Faults, Silo, Payments, InvoiceId) = (billing, faults, silo, payments, invoice);
    }

    public RecurringBilling Billing { get; }

    public StorageFaults Faults { get; }

    public TestSilo Silo { get; }

    public PaymentScenario Payments { get; }

    public string Tenant => Payments.Tenant;

    public long InvoiceId { get; }

    public static async Task<DunningScenario> StartAsync(PostgresFixture fixture, int[]? retryDays = null, bool suspend = false)
    {
        var billing = new RecurringBilling(fixture);
        var faults = new StorageFaults();
        var silo = await TestSilo.StartAsync(
            fixture.Database, billing.ServiceId, PostgresFixture.NewId("cluster"),
            configureSilo: s => s.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(5000)),
            configureServices: services =>
            {
                services.AddKeyedSingleton<TimeProvider>(SecurityTrax.Clock.Key, billing.Clock);
                services.AddKeyedSingleton<TimeProvider>(RecurringBilling.ReminderClockKey, billing.Clock);
                FaultyGrainStorage.Wrap(services, faults);
            },
            settings: new Dictionary<string, string?> { ["Payments:PortalBaseUrl"] = PortalBaseUrl });
        var s = await PaymentScenario.StartAsync(silo.Grains);
        s.Billing.Act();
        await silo.Grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(s.Tenant, IUserDirectoryGrain.Id))
            .InitializeAsync(new NewUser("admin", "Office Admin", null, BuiltInRoles.Admin, "a-long-admin-password"));
        if (retryDays is not null || suspend)
        {
            var settings = silo.Grains.GetGrain<IDunningSettingsGrain>(GrainKeys.For(s.Tenant, IDunningSettingsGrain.Id));
            await settings.SetAsync(DunningSettings.Default with { RetryDays = retryDays ?? DunningSettings.DefaultRetryDays, SuspendAfterFinalFailure = suspend }, 0);
        }

        await s.Billing.CustomerAsync(Customer, change: p => p with { Email = "ann@example.com" });
        s.Billing.Act();
        var method = await s.Methods(Customer).AddAsync(new NewBillingMethod(BillingMethodKind.Card, DecliningCard, null, true));
        var input = RecurringBilling.Monthly(s.Billing, new DateOnly(2027, 1, 15), 1) with { Term = PaymentTerm.DueOnReceipt, BillingMethodId = method.Id };
        var recurring = RecurringBilling.Grain(silo.Grains, s.Billing, 51);
        var created = await recurring.CreateAsync(Customer, input);
        billing.MoveTo(RecurrenceSchedule.Create(created.Schedule, created.TimeZone).DueAt(0));
        await recurring.GenerateDueAsync();
        var invoice = (await RecurringBilling.Grain(silo.Grains, s.Billing, 51).GetAsync()).Invoices.Single().InvoiceId;
        return new DunningScenario(billing, faults, silo, s, invoice);
    }

    /// <summary>Runs what is due now, as the hourly tick does (through a probe: the dunning grain answers silo code only).</summary>
    public async Task<InvoiceDunning> RunDueAsync()
    {
        Payments.Billing.Act();
        var cases = await Silo.Grains.GetGrain<IDunningProbeGrain>("probe").RunDueAsync(Tenant, Customer);
        return cases.Single(d => d.InvoiceId == InvoiceId);
    }

    /// <summary>Moves the clock to <paramref name="at"/> and runs what is due then.</summary>
    public Task<InvoiceDunning> RunAtAsync(DateTimeOffset at)
    {
        Billing.MoveTo(at);
        return RunDueAsync();
    }

    public async Task<InvoiceDetails> InvoiceAsync()
    {
        Payments.Billing.Act();
        return await Payments.Invoice(InvoiceId).GetAsync();
    }

    public async Task<CustomerDetails> CustomerAsync()
    {
        Payments.Billing.Act();
        return await Payments.Billing.Customer(Customer).GetAsync(false);
    }

    public async Task<bool> PastDueAsync()
    {
        Payments.Billing.Act();
        return (await Payments.Billing.Customer(Customer).GetAsync(false)).PastDue;
    }

    public Task<List<string>> HistoryAsync(string action) => Billing.HistoryAsync(Tenant, action);

    /// <summary>Waits (real time, with a deadline) until the invoice shows <paramref name="status"/>; one-way calls finish on their own.</summary>
    public async Task<InvoiceDunning> WaitForAsync(DunningStatus status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await InvoiceAsync()).Dunning is not { } d || d.Status != status)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }

        return (await InvoiceAsync()).Dunning!;
    }

    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}

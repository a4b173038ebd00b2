using System.Globalization;
using System.Text.Json;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Tenants;

namespace SecurityTrax.Invoices;

/// <summary>
/// The record keeping of one invoice activation, shared by the grain's parts: time, the checks every change makes,
/// history, and saving with its read-model row.
/// </summary>
public sealed class InvoiceRecords(Func<InvoiceState> state, string tenant, long number, IGrainFactory grains, TimeProvider time, Func<Task> save)
{
    // Read from the grain each time: a reload after a failed save replaces the state object.
    public InvoiceState State => state();

    public string Tenant => tenant;

    public long Number => number;

    public IGrainFactory Grains => grains;

    public DateTimeOffset Now => time.GetUtcNow();

    public string Id => InvoiceKeys.Id(number);

    public string Entity => InvoiceDocument.Entity(State);

    public string Name => InvoiceDocument.Name(State, number);

    public InvoiceDetails Details => InvoiceDocument.ToDetails(State, number);

    public ITenantSettingsGrain Settings => grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(tenant, ITenantSettingsGrain.Id));

    private Caller Actor => CallerContext.Current ?? Caller.System(tenant);

    public IInvoiceGrain Invoice(long other) => grains.GetGrain<IInvoiceGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(other)));

    public IInvoicePaymentsGrain Payments(long other) => grains.GetGrain<IInvoicePaymentsGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(other)));

    public HistoryRecorder History(DateTimeOffset now) =>
        State.Outbox.HistoryOf(Actor, now, "customer", State.CustomerId.ToString(CultureInfo.InvariantCulture));

    public async Task<DateOnly> TodayAsync() => TenantClock.Today(time, (await Settings.GetAsync()).TimeZone);

    /// <summary>Saves the state with its outbox (no new version: for changes no one sees, such as holds).</summary>
    public Task SaveAsync() => save();

    public async Task<InvoiceDetails> CommitAsync(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.Project(InvoiceRow.Kind, Id, State.Version, JsonSerializer.Serialize(InvoiceDocument.ToRow(State, number)));
        await save();
        return Details;
    }

    public void EnsureLive()
    {
        if (!State.Exists || State.Deleted)
        {
            throw SecurityTraxException.NotFound($"Invoice {number}");
        }
    }

    public void EnsureVersion(int expected)
    {
        EnsureLive();
        if (expected != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expected, State.Version);
        }
    }

    public void EnsureType(params InvoiceType[] types)
    {
        EnsureLive();
        if (!types.Contains(State.Type))
        {
            var kinds = types.Select(t => t == InvoiceType.CreditMemo ? "credit memos" : InvoiceChanges.Entity(t) + "s");
            throw SecurityTraxException.Conflict($"{Name}: only {string.Join(" and ", kinds)} take this.");
        }
    }
}

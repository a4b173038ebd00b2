using Microsoft.Extensions.Logging;
using Orleans.Storage;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Tenants;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// The record keeping of one recurring invoice activation, shared by the grain's parts: its state and schedule, the
/// facts read from them, saving (or taking another activation's save), and its reminder.
/// </summary>
public sealed partial class RecurringInvoiceLedger(
    Grain owner, Func<RecurringInvoiceState> state, string tenant, long number, IGrainFactory grains, TimeProvider time,
    Func<Task> save, Func<Task> reload, ILogger logger)
{
    private RecurrenceSchedule? _schedule;

    // Read from the grain each time: a reload replaces the state object.
    public RecurringInvoiceState State => state();

    public string Tenant => tenant;

    public long Number => number;

    public IGrainFactory Grains => grains;

    public TimeProvider Time => time;

    public DateTimeOffset Now => time.GetUtcNow();

    public bool Live => State.Exists && !State.Deleted;

    public bool Paused => State.PausedReason is not null;

    public bool AutoCharge => State.BillingMethodId is not null || State.ChargesDefault;

    public int ChargesExpected => AutoCharge ? State.Schedule.Count : 0;

    public Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    public RecurrenceSchedule Schedule => _schedule ??= RecurrenceSchedule.Create(State.Schedule, State.TimeZone);

    /// <summary>Occurrences finished since the last save; a grain leaving memory saves them.</summary>
    public bool FinishUnsaved { get; set; }

    public RecurringInvoiceDetails Details() => RecurringInvoiceRecords.ToDetails(State, number, Schedule, ChargesExpected);

    /// <summary>The invoice of occurrence <paramref name="index"/> (0-based), by its stored number.</summary>
    public IInvoiceGrain Invoice(int index) => Grains.GetGrain<IInvoiceGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(State.InvoiceNumbers[index])));

    public ITenantSettingsGrain Settings() => Grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id));

    public Task SaveAsync() => save();

    public async Task SaveOrReloadAsync()
    {
        FinishUnsaved = false;
        try
        {
            await save();
        }
        catch (InconsistentStateException e)
        {
            // Another activation saved first: take its state (its numbers win) and carry on from there.
            LogStale(e, owner.GetPrimaryKeyString());
            await reload();
        }
    }

    /// <summary>Registers the hourly reminder once, from the first occurrence on; the state remembers it was registered.</summary>
    public async Task StartRemindingAsync()
    {
        var now = time.GetUtcNow();
        var first = Schedule.DueAt(0);
        await RecurringReminder.StartAsync(owner, first, now);
        State.Reminding = true;
        await SaveOrReloadAsync();
    }

    public Task StopRemindingAsync() => RecurringReminder.StopAsync(owner);

    public void EnsureExists()
    {
        if (!State.Exists)
        {
            throw SecurityTraxException.NotFound($"Recurring invoice {number}");
        }
    }

    /// <summary>The template can change: it exists, the version is the caller's, and some invoice is left to make.</summary>
    public void EnsureChangeable(int expectedVersion)
    {
        EnsureExists();
        if (State.Deleted)
        {
            throw SecurityTraxException.NotFound($"Recurring invoice {number}");
        }

        if (expectedVersion != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        if (State.InvoiceNumbers.Count >= State.Schedule.Count)
        {
            throw SecurityTraxException.Conflict($"Recurring invoice {number} has made all of its invoices; nothing it makes is left to change.");
        }
    }

    public void OccurrenceFailed(Exception exception, int occurrence, string step) => LogOccurrenceFailed(exception, owner.GetPrimaryKeyString(), occurrence, step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring invoice {Grain} was saved by another activation; re-read and continued")]
    private partial void LogStale(Exception exception, string grain);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recurring invoice {Grain}: the {Step} of occurrence {Occurrence} failed; recorded, and the next occurrence goes on")]
    private partial void LogOccurrenceFailed(Exception exception, string grain, int occurrence, string step);
}

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;
using SecurityTrax.Sequences;
using SecurityTrax.Tenants;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// Makes one invoice per occurrence of its schedule, woken by a reminder at each occurrence's instant.
/// </summary>
/// <remarks>
/// Exactly once rests on the stored invoice number per occurrence, not on ticks: the number of occurrence k is
/// saved first, then invoice k is made under that number (which an invoice accepts once), then its e-mail is sent
/// under a message id of (recurring invoice, occurrence). A crash between steps, a second tick, or a second
/// activation repeats steps that change nothing; a stale save re-reads the state and carries on from there.
/// </remarks>
public sealed partial class RecurringInvoiceGrain(
    [PersistentState(StorageNames.RecurringInvoice, StorageNames.Main)] IPersistentState<RecurringInvoiceState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    BillingThrottle throttle,
    ILogger<RecurringInvoiceGrain> logger)
    : OutboxGrain<RecurringInvoiceState>(state, outbox, logger), IRecurringInvoiceGrain, IRemindable
{
    private RecurrenceSchedule? _schedule;
    private bool _ran;
    private bool _finishUnsaved;

    private long Number => long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture);

    private bool Live => State.Exists && !State.Deleted;

    private RecurrenceSchedule Schedule => _schedule ??= RecurrenceSchedule.Create(State.Schedule, State.TimeZone);

    public async Task<RecurringInvoiceDetails> CreateAsync(long customerId, RecurringInvoiceInput input)
    {
        if (State.Exists)
        {
            return State.CustomerId == customerId ? Details() : throw SecurityTraxException.Conflict($"Recurring invoice {Number} exists.");
        }

        var (lines, header, method, timeZone) = await RecurringInvoiceRules.CheckAsync(GrainFactory, Tenant, time, customerId, input);
        var actor = CallerContext.Current ?? Caller.System(Tenant);
        var now = time.GetUtcNow();
        (State.Exists, State.CustomerId, State.Lines, State.Term, State.PoNumber) = (true, customerId, lines, header.Term, header.PoNumber);
        (State.Schedule, State.TimeZone) = (input.Schedule, timeZone);
        (State.EmailInvoice, State.BillingMethodId, State.EmailPaymentResult) = (input.EmailInvoice, method, input.EmailPaymentResult);
        (State.CreatedById, State.CreatedByName, State.CreatedAt, State.Version) = (actor.UserId, actor.UserName, now, 1);
        RecurringInvoiceRecords.Created(State, Number, actor, now);
        await SaveAsync();
        await StartRemindingAsync();
        return Details();
    }

    public Task<RecurringInvoiceDetails> GetAsync()
    {
        EnsureExists();
        return Task.FromResult(Details());
    }

    public async Task<int> GenerateDueAsync()
    {
        EnsureExists();
        return Live ? await RunAsync() : 0;
    }

    public async Task DeleteAsync(int expectedVersion)
    {
        EnsureExists();
        if (State.Deleted)
        {
            throw SecurityTraxException.NotFound($"Recurring invoice {Number}");
        }

        if (expectedVersion != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        // An occurrence whose number is stored is invoiced before the recurring invoice stops.
        await FinishReservedAsync();
        var now = time.GetUtcNow();
        State.Deleted = true;
        State.Version++;
        RecurringInvoiceRecords.Deleted(State, Number, CallerContext.Current ?? Caller.System(Tenant), now);
        await SaveAsync();

        // A tick that still comes finds the recurring invoice deleted and unregisters it.
        await StopRemindingAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        CallerContext.Set(Caller.System(Tenant, ChangeSources.RecurringBilling));
        if (Live)
        {
            await RunAsync();
        }
        else
        {
            await StopRemindingAsync();
        }

        // The next tick is an hour away; until then the grain need not stay in memory.
        DeactivateOnIdle();
    }

    /// <summary>Makes what is due; a reminder tick that woke the grain already did, so the activation's catch-up then does nothing.</summary>
    private Task<int> RunAsync()
    {
        _ran = true;
        return throttle.RunAsync(MakeDueAsync);
    }

    /// <summary>Invoices every occurrence due by now that has none, in order; stops the reminder after the last one.</summary>
    private async Task<int> MakeDueAsync()
    {
        var schedule = Schedule;
        var due = schedule.CountDueBy(time.GetUtcNow());
        var made = 0;
        while (true)
        {
            made += await FinishReservedAsync();
            if (State.InvoiceNumbers.Count >= due)
            {
                break;
            }

            // The number is stored before the invoice is made, so a retry makes that same invoice.
            var number = await GrainFactory.GetGrain<ISequenceGrain>(GrainKeys.For(Tenant, SequenceKinds.GrainId(SequenceKinds.Invoice))).NextAsync();
            State.InvoiceNumbers.Add(number);
            State.Version++;
            await SaveOrReloadAsync();
        }

        await ChargeDueAsync();
        if (State.InvoiceNumbers.Count == State.Schedule.Count && State.Charged >= ChargesExpected && State.Reminding)
        {
            await StopRemindingAsync();
            State.Reminding = false;
            await SaveOrReloadAsync();
        }

        return made;
    }

    /// <summary>Finishes occurrences whose number is stored: makes the invoice and sends its e-mail, both idempotent.</summary>
    private async Task<int> FinishReservedAsync()
    {
        var finished = 0;
        while (State.Finished < State.InvoiceNumbers.Count)
        {
            var index = State.Finished;
            var copy = RecurringInvoiceRecords.Copy(State, Number, index, Schedule.DateOf(index));
            var invoice = await Invoice(index).CreateFromRecurringAsync(copy);
            if (State.EmailInvoice)
            {
                await RecurringInvoiceEmails.SendGeneratedAsync(GrainFactory, Tenant, await Settings().GetAsync(), Number, copy.Occurrence, invoice);
            }

            State.Finished = index + 1;
            _finishUnsaved = true;
            finished++;
        }

        return finished;
    }

    private async Task SaveOrReloadAsync()
    {
        _finishUnsaved = false;
        try
        {
            await SaveAsync();
        }
        catch (InconsistentStateException e)
        {
            // Another activation saved first: take its state (its numbers win) and carry on from there.
            LogStale(e, this.GetPrimaryKeyString());
            await ReloadAsync();
        }
    }

    /// <summary>Registers the hourly reminder once, from the first occurrence on; the state remembers it was registered.</summary>
    private async Task StartRemindingAsync()
    {
        var now = time.GetUtcNow();
        var first = Schedule.DueAt(0);
        await RecurringReminder.StartAsync(this, first, now);
        State.Reminding = true;
        await SaveOrReloadAsync();
    }

    private Task StopRemindingAsync() => RecurringReminder.StopAsync(this);

    private RecurringInvoiceDetails Details() => RecurringInvoiceRecords.ToDetails(State, Number, Schedule);

    /// <summary>The invoice of occurrence <paramref name="index"/> (0-based), by its stored number.</summary>
    private IInvoiceGrain Invoice(int index) => GrainFactory.GetGrain<IInvoiceGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(State.InvoiceNumbers[index])));

    private ITenantSettingsGrain Settings() => GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id));

    private void EnsureExists()
    {
        if (!State.Exists)
        {
            throw SecurityTraxException.NotFound($"Recurring invoice {Number}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring invoice {Grain} was saved by another activation; re-read and continued")]
    private partial void LogStale(Exception exception, string grain);
}

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
    private IGrainTimer? _pendingRun;
    private bool _sleepAfterRun;
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
        (State.Exists, State.CustomerId, State.Lines, State.Term, State.PoNumber, State.Note) = (true, customerId, lines, header.Term, header.PoNumber, header.Note);
        (State.Schedule, State.TimeZone) = (input.Schedule, timeZone);
        (State.EmailInvoice, State.BillingMethodId, State.EmailPaymentResult) = (input.EmailInvoice, method, input.EmailPaymentResult);
        (State.CreatedById, State.CreatedByName, State.CreatedAt, State.Version) = (actor.UserId, actor.UserName, now, 1);
        State.ChargesDefault = true;
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

        await EndAsync(null);
    }

    public async Task StopAsync(string reason)
    {
        if (Live)
        {
            await EndAsync(reason);
        }
    }

    public async Task<RecurringInvoiceDetails> ResumeAsync(int expectedVersion)
    {
        EnsureExists();
        if (expectedVersion != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        if (!Live || !Paused)
        {
            throw SecurityTraxException.Conflict($"Recurring invoice {Number} is not paused.");
        }

        RecurringFailures.Resume(State, Number, Actor, time.GetUtcNow());
        await SaveAsync();
        RunSoon();
        return Details();
    }

    /// <summary>Stops future invoices: deleted by a person, or stopped with <paramref name="reason"/> when what it depends on goes.</summary>
    private async Task EndAsync(string? reason)
    {
        // An occurrence whose number is stored is invoiced before the recurring invoice stops.
        await FinishReservedAsync();
        var now = time.GetUtcNow();
        State.Deleted = true;
        State.Version++;
        if (reason is null)
        {
            RecurringInvoiceRecords.Deleted(State, Number, Actor, now);
        }
        else
        {
            RecurringInvoiceRecords.Stopped(State, Number, reason, Actor, now);
        }

        await SaveAsync();

        // A tick that still comes finds the recurring invoice deleted and unregisters it.
        await StopRemindingAsync();
    }

    private Task<int> RunAsync() => throttle.RunAsync(MakeDueAsync);

    /// <summary>
    /// Invoices every occurrence due by now that has none, in order, and charges those due; stops the reminder after the
    /// last one. A paused recurring invoice only finishes the occurrence whose number it stored.
    /// </summary>
    private async Task<int> MakeDueAsync()
    {
        var schedule = Schedule;
        var due = schedule.CountDueBy(time.GetUtcNow());
        var made = 0;
        while (true)
        {
            made += await FinishReservedAsync();
            if (State.InvoiceNumbers.Count >= due || Paused)
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

    /// <summary>
    /// Finishes occurrences whose number is stored: makes the invoice and sends its e-mail, both idempotent. An invoice
    /// the domain refuses (the customer is gone, the number is taken) is recorded as the occurrence's failure and skipped.
    /// </summary>
    private async Task<int> FinishReservedAsync()
    {
        var finished = 0;
        while (State.Finished < State.InvoiceNumbers.Count)
        {
            var index = State.Finished;
            var copy = RecurringInvoiceRecords.Copy(State, Number, index, Schedule.DateOf(index));
            InvoiceDetails invoice;
            try
            {
                invoice = await Invoice(index).CreateFromRecurringAsync(copy);
            }
            catch (SecurityTraxException e)
            {
                LogOccurrenceFailed(e, this.GetPrimaryKeyString(), copy.Occurrence, RecurringFailures.InvoiceStep);
                var failure = new RecurringFailure(copy.Occurrence, RecurringFailures.InvoiceStep, RecurringFailures.KindOf(e), e.Message, time.GetUtcNow());
                RecurringFailures.Record(State, Number, failure, Actor, told: false);
                State.Skipped.Add(index);
                State.Finished = index + 1;
                await SaveOrReloadAsync();
                continue;
            }

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

    private RecurringInvoiceDetails Details() => RecurringInvoiceRecords.ToDetails(State, Number, Schedule, ChargesExpected);

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recurring invoice {Grain}: the {Step} of occurrence {Occurrence} failed; recorded, and the next occurrence goes on")]
    private partial void LogOccurrenceFailed(Exception exception, string grain, int occurrence, string step);
}

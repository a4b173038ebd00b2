using SecurityTrax.Errors;
using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>A recurring invoice made, deleted by a person, stopped when what it depends on goes, and resumed after a pause.</summary>
public sealed class RecurringInvoiceLife(RecurringInvoiceLedger l, RecurringInvoiceMaking making, RecurringInvoiceRunner runner)
{
    private RecurringInvoiceState State => l.State;

    public async Task<RecurringInvoiceDetails> CreateAsync(long customerId, RecurringInvoiceInput input)
    {
        if (State.Exists)
        {
            return State.CustomerId == customerId ? l.Details() : throw SecurityTraxException.Conflict($"Recurring invoice {l.Number} exists.");
        }

        var (lines, header, method, timeZone) = await RecurringInvoiceRules.CheckAsync(l.Grains, l.Tenant, l.Time, customerId, input);
        var actor = CallerContext.Current ?? Caller.System(l.Tenant);
        var now = l.Now;
        (State.Exists, State.CustomerId, State.Lines, State.Term, State.PoNumber, State.Note) = (true, customerId, lines, header.Term, header.PoNumber, header.Note);
        (State.Schedule, State.TimeZone) = (input.Schedule, timeZone);
        (State.EmailInvoice, State.BillingMethodId, State.EmailPaymentResult) = (input.EmailInvoice, method, input.EmailPaymentResult);
        (State.CreatedById, State.CreatedByName, State.CreatedAt, State.Version) = (actor.UserId, actor.UserName, now, 1);
        State.ChargesDefault = true;
        RecurringInvoiceRecords.Created(State, l.Number, actor, now);
        await l.SaveAsync();
        await l.StartRemindingAsync();
        return l.Details();
    }

    public async Task DeleteAsync(int expectedVersion)
    {
        l.EnsureExists();
        if (State.Deleted)
        {
            throw SecurityTraxException.NotFound($"Recurring invoice {l.Number}");
        }

        if (expectedVersion != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        await EndAsync(null);
    }

    public async Task StopAsync(string reason)
    {
        if (l.Live)
        {
            await EndAsync(reason);
        }
    }

    public async Task<RecurringInvoiceDetails> ResumeAsync(int expectedVersion)
    {
        l.EnsureExists();
        if (expectedVersion != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        if (!l.Live || !l.Paused)
        {
            throw SecurityTraxException.Conflict($"Recurring invoice {l.Number} is not paused.");
        }

        RecurringFailures.Resume(State, l.Number, l.Actor, l.Now);
        await l.SaveAsync();
        runner.RunSoon();
        return l.Details();
    }

    /// <summary>Stops future invoices: deleted by a person, or stopped with <paramref name="reason"/> when what it depends on goes.</summary>
    private async Task EndAsync(string? reason)
    {
        // An occurrence whose number is stored is invoiced before the recurring invoice stops.
        await making.FinishReservedAsync();
        var now = l.Now;
        State.Deleted = true;
        State.Version++;
        if (reason is null)
        {
            RecurringInvoiceRecords.Deleted(State, l.Number, l.Actor, now);
        }
        else
        {
            RecurringInvoiceRecords.Stopped(State, l.Number, reason, l.Actor, now);
        }

        await l.SaveAsync();

        // A tick that still comes finds the recurring invoice deleted and unregisters it.
        await l.StopRemindingAsync();
    }
}

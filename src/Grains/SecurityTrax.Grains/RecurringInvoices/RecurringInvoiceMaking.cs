using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Sequences;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// Makes the invoices that are due, each under the number stored for its occurrence before it is made (the grain's
/// remarks say why that makes each invoice exactly once), and hands them to the charging.
/// </summary>
public sealed class RecurringInvoiceMaking(RecurringInvoiceLedger l, RecurringInvoiceCharging charging, RecurringOneTimePress oneTime)
{
    private RecurringInvoiceState State => l.State;

    /// <summary>
    /// Invoices every occurrence due by now that has none, in order, and charges those due; stops the reminder after the
    /// last one. A paused recurring invoice only finishes the occurrence whose number it stored.
    /// </summary>
    public async Task<int> MakeDueAsync()
    {
        var schedule = l.Schedule;
        var due = schedule.CountDueBy(l.Now);
        var made = 0;
        while (true)
        {
            made += await FinishReservedAsync();
            if (State.InvoiceNumbers.Count >= due || l.Paused)
            {
                break;
            }

            // The number is stored before the invoice is made, so a retry makes that same invoice.
            var number = await l.Grains.GetGrain<ISequenceGrain>(GrainKeys.For(l.Tenant, SequenceKinds.GrainId(SequenceKinds.Invoice))).NextAsync();
            State.InvoiceNumbers.Add(number);
            State.Version++;
            await l.SaveOrReloadAsync();
        }

        await charging.ChargeDueAsync();
        if (State.InvoiceNumbers.Count == State.Schedule.Count && State.Charged >= l.ChargesExpected && State.Reminding)
        {
            await l.StopRemindingAsync();
            State.Reminding = false;
            await l.SaveOrReloadAsync();
        }

        return made;
    }

    /// <summary>
    /// Finishes occurrences whose number is stored: makes the invoice, presses the buttons of the one-time items marked
    /// for it and sends its e-mail, all idempotent. An invoice
    /// the domain refuses (the customer is gone, the number is taken) is recorded as the occurrence's failure and skipped.
    /// </summary>
    public async Task<int> FinishReservedAsync()
    {
        var finished = 0;
        while (State.Finished < State.InvoiceNumbers.Count)
        {
            var index = State.Finished;
            var copy = RecurringInvoiceRecords.Copy(State, l.Number, index, l.Schedule.DateOf(index));
            InvoiceDetails invoice;
            try
            {
                invoice = await l.Invoice(index).CreateFromRecurringAsync(copy);
            }
            catch (SecurityTraxException e)
            {
                l.OccurrenceFailed(e, copy.Occurrence, RecurringFailures.InvoiceStep);
                var failure = new RecurringFailure(copy.Occurrence, RecurringFailures.InvoiceStep, RecurringFailures.KindOf(e), e.Message, l.Now);
                RecurringFailures.Record(State, l.Number, failure, l.Actor, told: false);
                State.Skipped.Add(index);
                State.Finished = index + 1;
                await l.SaveOrReloadAsync();
                continue;
            }

            // One-time items marked on the template go on this invoice before its e-mail and its charge read it.
            invoice = await oneTime.PressAsync(index, invoice);
            if (State.EmailInvoice)
            {
                await RecurringInvoiceEmails.SendGeneratedAsync(l.Grains, l.Tenant, await l.Settings().GetAsync(), l.Number, copy.Occurrence, invoice);
            }

            State.Finished = index + 1;
            l.FinishUnsaved = true;
            finished++;
        }

        return finished;
    }
}

using SecurityTrax.Errors;

namespace SecurityTrax.RecurringInvoices;

/// <summary>The auto-charge half of a recurring invoice: each made invoice is charged once, on its due date.</summary>
public sealed class RecurringInvoiceCharging(RecurringInvoiceLedger l)
{
    private RecurringInvoiceState State => l.State;

    public async Task UseDefaultBillingMethodAsync(string methodId)
    {
        if (!l.Live || State.BillingMethodId != methodId)
        {
            return;
        }

        // A charge prepared for the removed method is resolved again; its operation id still makes it at most once.
        (State.BillingMethodId, State.ChargesDefault) = (null, true);
        (State.PendingChargeAmount, State.PendingChargeMethodId, State.PendingChargeMethodDisplay) = (null, null, null);
        State.Version++;
        RecurringInvoiceRecords.SwitchedToDefault(State, l.Number, methodId, l.Actor, l.Now);
        await l.SaveAsync();
    }

    /// <summary>Charges, in order, every made invoice whose due date has come; a failed charge is recorded and the next goes on.</summary>
    public async Task ChargeDueAsync()
    {
        var now = l.Now;
        while (l.AutoCharge && !l.Paused && State.Charged < State.Finished && RecurringCharges.IsDue(State, l.Schedule, State.Charged, now))
        {
            var index = State.Charged;
            if (State.Skipped.Contains(index) || State.PendingChargeAmount is null)
            {
                await PrepareChargeAsync(index, now);
                continue;
            }

            // A charge stored before charges named their method goes to the recurring invoice's own method.
            if (State.PendingChargeAmount > 0 && (State.PendingChargeMethodId ?? State.BillingMethodId) is { } method)
            {
                await ChargeAsync(index, State.PendingChargeAmount.Value, method, now);
            }

            (State.Charged, State.PendingChargeAmount, State.PendingChargeMethodId, State.PendingChargeMethodDisplay) = (index + 1, null, null, null);
            await l.SaveOrReloadAsync();
        }
    }

    /// <summary>
    /// Stores what occurrence <paramref name="index"/> charges, and to which method, before the charge. When there is nothing
    /// to charge (a skipped invoice, nothing due, no card or bank account) the occurrence's charge step is done at once.
    /// </summary>
    private async Task PrepareChargeAsync(int index, DateTimeOffset now)
    {
        var method = State.Skipped.Contains(index) ? null : RecurringChargeMethod.Resolve(await RecurringCharges.MethodsAsync(l.Grains, l.Tenant, State.CustomerId), State.BillingMethodId);
        var due = method?.MethodId is null ? 0m : (await l.Invoice(index).GetAsync()).Totals.Due;
        if (method?.Failure is { } reason)
        {
            RecurringFailures.Record(State, l.Number, new RecurringFailure(index + 1, RecurringFailures.ChargeStep, RecurringFailures.NoBillingMethod, reason, now), l.Actor, told: false);
        }
        else if (method is not null && due == 0)
        {
            RecurringFailures.Succeeded(State);
        }

        if (due > 0)
        {
            if (method!.Note is { } note)
            {
                RecurringInvoiceRecords.ChargingDefault(State, l.Number, index + 1, note, l.Actor, now);
            }

            (State.PendingChargeAmount, State.PendingChargeMethodId, State.PendingChargeMethodDisplay) = (due, method.MethodId, method.Display);
        }
        else
        {
            State.Charged = index + 1;
        }

        await l.SaveOrReloadAsync();
    }

    private async Task ChargeAsync(int index, decimal amount, string methodId, DateTimeOffset now)
    {
        var occurrence = index + 1;
        var invoiceId = State.InvoiceNumbers[index];
        try
        {
            var outcome = await RecurringCharges.ChargeAsync(l.Grains, l.Tenant, State.CustomerId, methodId, l.Number, occurrence, invoiceId, amount);
            if (State.EmailPaymentResult)
            {
                var invoice = await l.Invoice(index).GetAsync();
                await RecurringCharges.EmailAsync(
                    l.Grains, l.Tenant, await l.Settings().GetAsync(), l.Number, occurrence, invoice, amount, State.PendingChargeMethodDisplay ?? methodId, outcome, now);
            }

            RecurringCharges.Record(State, l.Actor, l.Number, occurrence, invoiceId, amount, outcome, now);
            if (outcome.Status == Payments.PaymentStatus.Failed)
            {
                // Dunning takes the invoice over; starting it again after a crash changes nothing.
                var invoice = await l.Invoice(index).GetAsync();
                await l.Grains.GetGrain<Dunning.IDunningGrain>(GrainKeys.For(l.Tenant, State.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .StartAsync(new Dunning.DunningStart(invoiceId, invoice.DueDate ?? invoice.SaleDate, methodId, RecurringCharges.Result(outcome)));
                var failure = new RecurringFailure(occurrence, RecurringFailures.ChargeStep, RecurringFailures.Declined, RecurringCharges.Result(outcome), now);
                RecurringFailures.Record(State, l.Number, failure, l.Actor, told: true);
            }
            else
            {
                RecurringFailures.Succeeded(State);
            }
        }
        catch (SecurityTraxException e)
        {
            // The same request would fail the same way next hour: recorded on this occurrence, and the next one goes on.
            l.OccurrenceFailed(e, occurrence, RecurringFailures.ChargeStep);
            RecurringFailures.Record(State, l.Number, new RecurringFailure(occurrence, RecurringFailures.ChargeStep, RecurringFailures.KindOf(e), e.Message, now), l.Actor, told: false);
        }
    }
}

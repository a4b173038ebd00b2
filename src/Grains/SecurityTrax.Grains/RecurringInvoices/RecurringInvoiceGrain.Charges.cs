using SecurityTrax.Errors;
using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>The auto-charge half of a recurring invoice: each made invoice is charged once, on its due date.</summary>
public sealed partial class RecurringInvoiceGrain
{
    private bool AutoCharge => State.BillingMethodId is not null || State.ChargesDefault;

    private int ChargesExpected => AutoCharge ? State.Schedule.Count : 0;

    private bool Paused => State.PausedReason is not null;

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    public async Task UseDefaultBillingMethodAsync(string methodId)
    {
        if (!Live || State.BillingMethodId != methodId)
        {
            return;
        }

        // A charge prepared for the removed method is resolved again; its operation id still makes it at most once.
        (State.BillingMethodId, State.ChargesDefault) = (null, true);
        (State.PendingChargeAmount, State.PendingChargeMethodId, State.PendingChargeMethodDisplay) = (null, null, null);
        State.Version++;
        RecurringInvoiceRecords.SwitchedToDefault(State, Number, methodId, Actor, time.GetUtcNow());
        await SaveAsync();
    }

    /// <summary>Charges, in order, every made invoice whose due date has come; a failed charge is recorded and the next goes on.</summary>
    private async Task ChargeDueAsync()
    {
        var now = time.GetUtcNow();
        while (AutoCharge && !Paused && State.Charged < State.Finished && RecurringCharges.IsDue(State, Schedule, State.Charged, now))
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
            await SaveOrReloadAsync();
        }
    }

    /// <summary>
    /// Stores what occurrence <paramref name="index"/> charges, and to which method, before the charge. When there is nothing
    /// to charge (a skipped invoice, nothing due, no card or bank account) the occurrence's charge step is done at once.
    /// </summary>
    private async Task PrepareChargeAsync(int index, DateTimeOffset now)
    {
        var method = State.Skipped.Contains(index) ? null : RecurringChargeMethod.Resolve(await RecurringCharges.MethodsAsync(GrainFactory, Tenant, State.CustomerId), State.BillingMethodId);
        var due = method?.MethodId is null ? 0m : (await Invoice(index).GetAsync()).Totals.Due;
        if (method?.Failure is { } reason)
        {
            RecurringFailures.Record(State, Number, new RecurringFailure(index + 1, RecurringFailures.ChargeStep, RecurringFailures.NoBillingMethod, reason, now), Actor, told: false);
        }
        else if (method is not null && due == 0)
        {
            RecurringFailures.Succeeded(State);
        }

        if (due > 0)
        {
            if (method!.Note is { } note)
            {
                RecurringInvoiceRecords.ChargingDefault(State, Number, index + 1, note, Actor, now);
            }

            (State.PendingChargeAmount, State.PendingChargeMethodId, State.PendingChargeMethodDisplay) = (due, method.MethodId, method.Display);
        }
        else
        {
            State.Charged = index + 1;
        }

        await SaveOrReloadAsync();
    }

    private async Task ChargeAsync(int index, decimal amount, string methodId, DateTimeOffset now)
    {
        var occurrence = index + 1;
        var invoiceId = State.InvoiceNumbers[index];
        try
        {
            var outcome = await RecurringCharges.ChargeAsync(GrainFactory, Tenant, State.CustomerId, methodId, Number, occurrence, invoiceId, amount);
            if (State.EmailPaymentResult)
            {
                var invoice = await Invoice(index).GetAsync();
                await RecurringCharges.EmailAsync(
                    GrainFactory, Tenant, await Settings().GetAsync(), Number, occurrence, invoice, amount, State.PendingChargeMethodDisplay ?? methodId, outcome, now);
            }

            RecurringCharges.Record(State, Actor, Number, occurrence, invoiceId, amount, outcome, now);
            if (outcome.Status == Payments.PaymentStatus.Failed)
            {
                var failure = new RecurringFailure(occurrence, RecurringFailures.ChargeStep, RecurringFailures.Declined, RecurringCharges.Result(outcome), now);
                RecurringFailures.Record(State, Number, failure, Actor, told: true);
            }
            else
            {
                RecurringFailures.Succeeded(State);
            }
        }
        catch (SecurityTraxException e)
        {
            // The same request would fail the same way next hour: recorded on this occurrence, and the next one goes on.
            LogOccurrenceFailed(e, this.GetPrimaryKeyString(), occurrence, RecurringFailures.ChargeStep);
            RecurringFailures.Record(State, Number, new RecurringFailure(occurrence, RecurringFailures.ChargeStep, RecurringFailures.KindOf(e), e.Message, now), Actor, told: false);
        }
    }
}

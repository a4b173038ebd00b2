using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>The auto-charge half of a recurring invoice: each made invoice is charged once, on its due date.</summary>
public sealed partial class RecurringInvoiceGrain
{
    private int ChargesExpected => State.BillingMethodId is null ? 0 : State.Schedule.Count;

    /// <summary>Charges, in order, every made invoice whose due date has come; a failed charge is recorded and the next goes on.</summary>
    private async Task ChargeDueAsync()
    {
        var now = time.GetUtcNow();
        while (State.BillingMethodId is not null && State.Charged < State.Finished && RecurringCharges.IsDue(State, Schedule, State.Charged, now))
        {
            var occurrence = State.Charged + 1;
            var invoice = await Invoice(State.Charged).GetAsync();
            if (State.PendingChargeAmount is null)
            {
                State.PendingChargeAmount = invoice.Totals.Due;
                await SaveOrReloadAsync();
                continue;
            }

            var amount = State.PendingChargeAmount.Value;
            if (amount > 0)
            {
                var outcome = await RecurringCharges.ChargeAsync(GrainFactory, Tenant, State, Number, occurrence, invoice.Id, amount);
                if (State.EmailPaymentResult)
                {
                    await RecurringCharges.EmailAsync(GrainFactory, Tenant, await Settings().GetAsync(), Number, occurrence, invoice, amount, outcome, now);
                }

                RecurringCharges.Record(State, CallerContext.Current ?? Caller.System(Tenant), Number, occurrence, invoice.Id, amount, outcome, now);
            }

            (State.Charged, State.PendingChargeAmount) = (occurrence, null);
            await SaveOrReloadAsync();
        }
    }
}

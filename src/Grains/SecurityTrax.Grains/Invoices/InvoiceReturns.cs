using Microsoft.Extensions.Logging;
using SecurityTrax.Outbox;
using SecurityTrax.Payments;

namespace SecurityTrax.Invoices;

/// <summary>
/// A voided invoice gives back the money applied to it: the payments' applications become unapplied again and the
/// credit memos' draws become credit left. The invoice drops them in the same save as the void and keeps them in
/// <see cref="InvoiceState.Returning"/> until each payment or credit memo has been told, so a crash in between tells it on
/// the next activation, and telling twice changes nothing (each side drops the application by its id).
/// </summary>
public sealed partial class InvoiceReturns(ILogger logger)
{
    public void TakeBack(InvoiceState state, HistoryRecorder history, string entity, string id)
    {
        foreach (var application in state.Applications)
        {
            var action = application.Kind == "payment" ? "payment_unapplied" : "credit_unapplied";
            var from = application.Kind == "payment" ? $"payment {application.OtherId}" : $"credit memo {application.OtherId}";
            history.Add(entity, id, action, from, InvoiceChanges.Money(application.Amount), InvoiceChanges.Money(0m));
        }

        state.Returning.AddRange(state.Applications);
        state.Applications.Clear();
        state.Holds.Clear();
    }

    /// <summary>Tells each payment and credit memo waiting in <see cref="InvoiceState.Returning"/>; false when one could not be told now.</summary>
    public async Task<bool> TellAsync(InvoiceState state, IGrainFactory grains, string tenant, long number, Func<Task> save)
    {
        foreach (var application in state.Returning.ToList())
        {
            try
            {
                if (application.Kind == "payment")
                {
                    await grains.GetGrain<IPaymentStepsGrain>(GrainKeys.For(tenant, PaymentKeys.Id(application.OtherId))).ApplicationReturnedAsync(application.Id, number);
                }
                else
                {
                    await grains.GetGrain<IInvoicePaymentsGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(application.OtherId))).CreditReturnedAsync(application.Id, number);
                }
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                LogReturnFailed(e, number, application.Id);
                return false;
            }

            state.Returning.Remove(application);
            await save();
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Giving back application {Application} of voided invoice {Invoice} failed; retried shortly")]
    private partial void LogReturnFailed(Exception exception, long invoice, string application);
}

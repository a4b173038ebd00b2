using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Dunning;

/// <summary>
/// One retry of a case: what it charges (amount and method) is stored first, then the charge runs under the operation
/// id of (invoice, retry number), which the payment machinery charges and applies once; so a crash between the charge
/// and its record repeats the same charge, which changes nothing.
/// </summary>
public sealed class DunningCharges(DunningBook b)
{
    public static string OperationId(long invoiceId, int attempt) =>
        string.Create(CultureInfo.InvariantCulture, $"dunning-{invoiceId}-{attempt}");

    /// <summary>Makes the retry; answers the payment's outcome (null when nothing could be charged).</summary>
    public async Task<ChargeOutcome?> RetryAsync(DunningCase c, InvoiceDetails invoice, bool scheduled)
    {
        if (c.Pending is null)
        {
            // The customer's default now (a card added since, or made default, is why a retry can succeed), else the method that failed.
            var methods = await RecurringCharges.MethodsAsync(b.Grains, b.Tenant, b.CustomerId);
            var method = RecurringChargeMethod.Resolve(methods, null).MethodId ?? RecurringChargeMethod.Resolve(methods, c.BillingMethodId).MethodId;
            c.Pending = new DunningAttempt { Number = c.Attempts + 1, Amount = invoice.Totals.Due, MethodId = method, Scheduled = scheduled };
            c.RetryRequested = false;
            await b.SaveAsync();
        }

        var attempt = c.Pending;
        ChargeOutcome? outcome = null;
        string result;
        if (attempt.MethodId is null)
        {
            result = "No card or bank account to charge";
        }
        else
        {
            try
            {
                outcome = await b.Grains.GetGrain<IPaymentOperationGrain>(GrainKeys.For(b.Tenant, PaymentKeys.Operation(OperationId(c.InvoiceId, attempt.Number))))
                    .ChargeInvoiceAsync(new ChargeInvoice(b.CustomerId, attempt.MethodId, attempt.Amount, c.InvoiceId));
                result = RecurringCharges.Result(outcome);
            }
            catch (SecurityTraxException e)
            {
                // Refused before any money moved (the amount is no longer due, the method is gone): a failed retry.
                result = e.Message;
            }
        }

        c.Attempts = attempt.Number;
        c.ScheduledDone += attempt.Scheduled ? 1 : 0;
        c.Pending = null;
        c.LastResult = result;
        b.Record(c.InvoiceId, "dunning_retried", string.Create(
            CultureInfo.InvariantCulture, $"Retry {attempt.Number}: {InvoiceChanges.Money(attempt.Amount)}: {result}{(outcome is null ? "" : $" (payment {outcome.PaymentId})")}"));
        return outcome;
    }
}

using SecurityTrax.Identity;
using SecurityTrax.Security;

namespace SecurityTrax.Invoices;

/// <summary>What payments tell an invoice; silo only (a client could otherwise mark an invoice paid). Key as <see cref="IInvoiceGrain"/>.</summary>
[Alias("SecurityTrax.IInvoicePaymentsGrain")]
public interface IInvoicePaymentsGrain : ITenantGrain, ISiloOnlyGrain
{
    /// <summary>
    /// Sets what payment <paramref name="paymentId"/> has applied under <paramref name="applicationId"/> (0 takes it
    /// back). Setting, not adding, makes a repeat harmless; more than the amount due is refused, and a void invoice
    /// only gives money back.
    /// </summary>
    [Alias("SetPaymentApplication")]
    Task<InvoiceDetails> SetPaymentApplicationAsync(string applicationId, long paymentId, decimal amount);

    /// <summary>
    /// As <see cref="SetPaymentApplicationAsync"/> for a payment of customer <paramref name="customerId"/>: an increase is
    /// refused on another customer's invoice. A hold under the same id becomes the application.
    /// </summary>
    [Alias("ApplyPayment")]
    Task<InvoiceDetails> ApplyPaymentAsync(string applicationId, long paymentId, long customerId, decimal amount);

    /// <summary>
    /// Holds <paramref name="amount"/> of the due for a payment about to be charged, once per <paramref name="applicationId"/>;
    /// refused (and nothing held) unless this is an open invoice of the customer with that much due and not held by others.
    /// </summary>
    [Alias("Hold")]
    Task HoldAsync(string applicationId, long paymentId, long customerId, decimal amount);

    /// <summary>Ends a hold whose payment failed, was voided or was never made; ending it again changes nothing.</summary>
    [Alias("ReleaseHold")]
    Task ReleaseHoldAsync(string applicationId);

    /// <summary>On a credit memo: as <see cref="IInvoiceGrain.DrawCreditAsync"/>, refused for another customer's invoice.</summary>
    [Alias("DrawCreditFor")]
    Task DrawCreditForAsync(string applicationId, long invoiceId, long customerId, decimal amount);

    /// <summary>On a credit memo: invoice <paramref name="invoiceId"/> was voided and gave back the credit it drew under <paramref name="applicationId"/>.</summary>
    [Alias("CreditReturned")]
    Task CreditReturnedAsync(string applicationId, long invoiceId);

    /// <summary>Shows where the dunning of this invoice stands (a new version when it changed); told by the customer's dunning grain.</summary>
    [Alias("SetDunning")]
    Task SetDunningAsync(Dunning.InvoiceDunning dunning);
}

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
}

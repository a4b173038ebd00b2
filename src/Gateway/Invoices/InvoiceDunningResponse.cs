using SecurityTrax.Dunning;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>
/// The chase of a failed automatic charge of the invoice: <c>active</c> (retries scheduled), <c>paid</c> by a retry,
/// <c>failed</c> after the last retry (the customer is past due), or <c>stopped</c> (paid otherwise, voided or deleted).
/// <see cref="NextRetryOn"/> is the company-local date of the next scheduled retry.
/// </summary>
public sealed record InvoiceDunningResponse(DunningStatus Status, int Attempts, DateOnly? NextRetryOn, string? LastResult)
{
    public static InvoiceDunningResponse? From(InvoiceDunning? d) => d is null ? null : new(d.Status, d.Attempts, d.NextRetryOn, d.LastResult);
}

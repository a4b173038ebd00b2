namespace SecurityTrax.Gateway.Payments;

/// <summary>
/// Changes a payment not yet processed: members left out keep their values, an empty <c>reference</c> or <c>note</c> clears
/// it, <c>postingDate</c> is yyyy-MM-dd (empty: no desired date). <c>amount</c> and <c>billingMethodId</c> never change:
/// a different value answers 409 with the reason.
/// </summary>
public sealed record EditPaymentRequest(string? Reference, string? Note, string? PostingDate, decimal? Amount, long? BillingMethodId);

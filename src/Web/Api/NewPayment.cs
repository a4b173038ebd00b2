namespace SecurityTrax.Web.Api;

/// <summary>
/// <c>POST /api/v1/customers/{id}/payments</c>: a billing method charged now or on <see cref="PostingDate"/>, or money
/// received (<see cref="ManualKind"/> cash, check, other); a sale or, where granted, a credit. <see cref="ProcessNow"/>
/// false saves a card or bank payment to be processed later.
/// </summary>
public sealed record NewPayment(
    string Type, decimal? Amount, long? BillingMethodId, string? ManualKind, string? PostingDate, string? Reference, bool EmailReceipt,
    string? ReceiptTo, PaymentApplicationInput[] Applications, bool? ProcessNow = null);

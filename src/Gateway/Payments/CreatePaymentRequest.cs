using System.ComponentModel.DataAnnotations;
using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>
/// A payment: <c>manualKind</c> (cash, check, other) records money received; otherwise the billing method (the
/// default when none is named) is charged now, or on <c>postingDate</c> (yyyy-MM-dd). <c>emailReceipt</c> defaults
/// to the company setting; <c>receiptTo</c> sends this receipt elsewhere without changing the customer.
/// <c>processNow: false</c> saves a card or bank payment without processing it (status <c>saved</c>) until someone with
/// <c>payments.process</c> processes it (<c>POST /payments/{id}/process</c>). A <c>credit</c> is made as a refund of an
/// earlier charge to the billing method and answers that refund.
/// </summary>
public sealed record CreatePaymentRequest(
    PaymentType? Type, [property: Required] decimal? Amount, long? BillingMethodId, PaymentMethodKind? ManualKind, string? PostingDate,
    string? Reference, string? Note, bool? EmailReceipt, string? ReceiptTo, ApplicationDto[]? Applications, bool? ProcessNow = null);

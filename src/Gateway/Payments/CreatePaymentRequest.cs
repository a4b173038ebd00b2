using System.ComponentModel.DataAnnotations;
using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>
/// A payment: <c>manualKind</c> (cash, check, other) records money received; otherwise the billing method (the
/// default when none is named) is charged now, or on <c>postingDate</c> (yyyy-MM-dd). <c>emailReceipt</c> defaults
/// to the company setting; <c>receiptTo</c> sends this receipt elsewhere without changing the customer.
/// </summary>
public sealed record CreatePaymentRequest(
    PaymentType? Type, [property: Required] decimal? Amount, long? BillingMethodId, PaymentMethodKind? ManualKind, string? PostingDate,
    string? Reference, string? Note, bool? EmailReceipt, string? ReceiptTo, ApplicationDto[]? Applications);

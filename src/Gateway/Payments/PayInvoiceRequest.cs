using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>Pays an invoice: <c>amount</c> defaults to what is due; method and <c>processNow</c> as for a payment.</summary>
public sealed record PayInvoiceRequest(
    decimal? Amount, long? BillingMethodId, PaymentMethodKind? ManualKind, string? PostingDate, string? Reference, string? Note,
    bool? EmailReceipt, string? ReceiptTo, bool? ProcessNow = null);

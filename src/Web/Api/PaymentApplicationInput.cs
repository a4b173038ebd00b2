namespace SecurityTrax.Web.Api;

/// <summary>An amount of a payment for an invoice (creating a payment, or applying what is left of one).</summary>
public sealed record PaymentApplicationInput(long? InvoiceId, decimal? Amount);

namespace SecurityTrax.Gateway.Payments;

/// <summary>An amount of a payment for an invoice.</summary>
public sealed record ApplicationDto(long? InvoiceId, decimal? Amount);

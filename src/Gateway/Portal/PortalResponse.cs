namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// What a pay link shows: the company as its documents show it, the customer's open invoices (only the link's invoice
/// for an invoice link), recent payments, and the balance of what is shown. <c>processor</c> says which payment form to
/// show: <c>stripe</c> (Stripe's Payment Element, started with <c>publishableKey</c>) or <c>sandbox</c> (its test form).
/// </summary>
public sealed record PortalResponse(
    PortalCompanyResponse Company, string CustomerName, long? InvoiceId, DateTimeOffset ExpiresAt, decimal Balance,
    PortalInvoiceResponse[] Invoices, PortalPaymentResponse[] Payments, string Processor, string? PublishableKey);

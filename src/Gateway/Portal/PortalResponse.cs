namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// What a pay link shows: the company as its documents show it, the customer's open invoices (only the link's invoice
/// for an invoice link), recent payments, and the balance of what is shown.
/// </summary>
public sealed record PortalResponse(
    PortalCompanyResponse Company, string CustomerName, long? InvoiceId, DateTimeOffset ExpiresAt, decimal Balance,
    PortalInvoiceResponse[] Invoices, PortalPaymentResponse[] Payments);

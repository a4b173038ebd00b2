namespace SecurityTrax.Gateway.Invoices;

/// <summary>Optional body of "email this invoice": <see cref="To"/> replaces the record's address for this message only.</summary>
public sealed record EmailInvoiceRequest(string? To);

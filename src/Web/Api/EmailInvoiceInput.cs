namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>POST /api/v1/invoices/{id}/email</c>; <see cref="To"/> left out sends to the record's address.</summary>
public sealed record EmailInvoiceInput(string? To);

namespace SecurityTrax.Web.Api;

/// <summary><c>PUT /api/v1/invoices/{id}</c>: the header only; lines have their own endpoints.</summary>
public sealed record InvoiceHeaderInput(string? SaleDate, string Term, string? PoNumber, string? Note);

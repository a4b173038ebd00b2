namespace SecurityTrax.Web.Api;

/// <summary><c>POST /api/v1/customers/{id}/invoices</c>; term is the API's snake_case name (<c>due_on_receipt</c>, <c>net30</c>).</summary>
public sealed record NewInvoice(string Type, string? SaleDate, string Term, string? PoNumber, string? Note, InvoiceLineInput[] Lines);

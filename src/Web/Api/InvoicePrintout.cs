namespace SecurityTrax.Web.Api;

/// <summary><c>GET /api/v1/invoices/{id}/printout</c>: what a printed invoice shows.</summary>
public sealed record InvoicePrintout(string CompanyName, string TermText, Invoice Invoice);

using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>
/// Type: invoice (the default), quote or credit_memo. Sale date yyyy-MM-dd (today when left out); term due_on_receipt
/// (the default), net7, net10, net15, net20, net30, net45, net60 or net90.
/// </summary>
public sealed record CreateInvoiceRequest(
    InvoiceType? Type, string? SaleDate, PaymentTerm? Term, string? PoNumber, string? Note, InvoiceLineRequest[]? Lines);

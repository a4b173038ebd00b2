using SecurityTrax.Gateway.Customers;
using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>An invoice, quote or credit memo. <see cref="QuoteId"/>: the quote it came from; <see cref="InvoiceId"/>: the invoice a quote became.</summary>
public sealed record InvoiceResponse(
    long Id, InvoiceType Type, InvoiceStatus Status, long CustomerId, string CustomerName, AddressDto? BillingAddress, AddressDto? ServiceAddress,
    DateOnly SaleDate, PaymentTerm Term, DateOnly? DueDate, string? PoNumber, string? Note, InvoiceLineResponse[] Lines, InvoiceTotalsResponse Totals,
    ApplicationResponse[] Applications, long? QuoteId, long? InvoiceId, long? RecurringInvoiceId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    int? RecurringOccurrence, InvoiceDunningResponse? Dunning)
{
    public static InvoiceResponse From(InvoiceDetails i) => new(
        i.Id, i.Type, i.Status, i.CustomerId, i.CustomerName, AddressDto.From(i.BillingAddress), AddressDto.From(i.ServiceAddress), i.SaleDate,
        i.Term, i.DueDate, i.PoNumber, i.Note, [.. i.Lines.Select(InvoiceLineResponse.From)], InvoiceTotalsResponse.From(i.Totals),
        [.. i.Applications.Select(ApplicationResponse.From)], i.QuoteId, i.InvoiceId, i.RecurringInvoiceId, i.CreatedAt, i.UpdatedAt, i.RecurringOccurrence,
        InvoiceDunningResponse.From(i.Dunning));
}

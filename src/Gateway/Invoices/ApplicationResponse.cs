using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>
/// Money applied to an invoice (kind credit_memo, from <see cref="OtherId"/>) or given by a credit memo (kind invoice, to <see cref="OtherId"/>), or a payment
/// (kind payment, from <see cref="OtherId"/>); <see cref="Id"/> is its number within the invoice.
/// </summary>
public sealed record ApplicationResponse(int Id, string Kind, long OtherId, decimal Amount, DateTimeOffset AppliedAt)
{
    public static ApplicationResponse From(InvoiceApplication a) => new(a.Number, a.Kind, a.OtherId, a.Amount, a.AppliedAt);
}

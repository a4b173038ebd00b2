using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>Credit applied to an invoice (kind credit_memo, from <see cref="OtherId"/>) or given by a credit memo (kind invoice, to <see cref="OtherId"/>).</summary>
public sealed record ApplicationResponse(string Id, string Kind, long OtherId, decimal Amount, DateTimeOffset AppliedAt)
{
    public static ApplicationResponse From(InvoiceApplication a) => new(a.Id, a.Kind, a.OtherId, a.Amount, a.AppliedAt);
}

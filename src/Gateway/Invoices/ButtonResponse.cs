using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>What a button did: the lines it added, and why it added none (<see cref="Reason"/>).</summary>
public sealed record ButtonResponse(InvoiceResponse Invoice, int[] AddedLineIds, string? Reason)
{
    public static ButtonResponse From(LinesAdded added) => new(InvoiceResponse.From(added.Invoice), added.AddedLineIds, added.Reason);
}

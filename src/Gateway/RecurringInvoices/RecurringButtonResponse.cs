using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>What a button did on a recurring invoice's template: the lines it added, and why it added none (<see cref="Reason"/>).</summary>
public sealed record RecurringButtonResponse(RecurringInvoiceResponse RecurringInvoice, int[] AddedLineIds, string? Reason)
{
    public static RecurringButtonResponse From(RecurringLinesAdded added) =>
        new(RecurringInvoiceResponse.From(added.RecurringInvoice), added.AddedLineIds, added.Reason);
}

using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// Puts the one-time items marked on the template on the invoice just made, by pressing that invoice's own buttons,
/// then clears the marks in the same save as their history.
/// </summary>
/// <remarks>
/// The buttons claim the activation fee and reserve the unpaid equipment from the customer under the invoice's number,
/// and answer what they hold on a repeat; the invoice adds only lines it does not carry. A crash after a press and
/// before the marks are cleared repeats the occurrence's step, which presses the same buttons on the same invoice and
/// adds nothing twice.
/// </remarks>
public sealed class RecurringOneTimePress(RecurringInvoiceLedger l)
{
    private RecurringInvoiceState State => l.State;

    public async Task<InvoiceDetails> PressAsync(int index, InvoiceDetails invoice)
    {
        if (State.PendingItems.Count == 0)
        {
            return invoice;
        }

        var grain = l.Invoice(index);
        var results = new List<(string Kind, string Value)>();
        foreach (var kind in State.PendingItems)
        {
            var (details, value) = await PressAsync(grain, kind, invoice.Id);
            invoice = details ?? invoice;
            results.Add((kind, value));
        }

        State.PendingItems.Clear();
        State.Version++;
        foreach (var (kind, value) in results)
        {
            RecurringInvoiceRecords.OneTime(State, l.Number, "one_time_invoiced", kind, value, l.Actor, l.Now);
        }

        await l.SaveOrReloadAsync();
        return invoice;
    }

    /// <summary>The invoice after the press (null when it refused), and what the history says: its number, or why not.</summary>
    private static async Task<(InvoiceDetails? Invoice, string Value)> PressAsync(IInvoiceGrain grain, string kind, long invoiceId)
    {
        var number = invoiceId.ToString(CultureInfo.InvariantCulture);
        try
        {
            var added = kind == RecurringOneTimeItems.ActivationFee
                ? await grain.AddActivationFeeAsync()
                : await grain.AddUnpaidEquipmentAsync();

            // "Already on this invoice" is the answer of a repeated press: the item is on it.
            var on = added.AddedLineIds.Length > 0 || added.Invoice.Lines.Any(line => Carries(line, kind));
            return (added.Invoice, on ? $"invoice {number}" : $"not added to invoice {number}: {added.Reason}");
        }
        catch (SecurityTraxException e) when (e.Kind is ErrorKind.Conflict or ErrorKind.Validation)
        {
            return (null, $"not added to invoice {number}: {e.Message}");
        }
    }

    private static bool Carries(InvoiceLine line, string kind) => kind == RecurringOneTimeItems.ActivationFee
        ? line.Source == LineSource.ActivationFee
        : line.EquipmentRowId is not null;
}

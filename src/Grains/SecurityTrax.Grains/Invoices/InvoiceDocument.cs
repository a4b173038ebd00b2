using SecurityTrax.Catalog;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;

namespace SecurityTrax.Invoices;

/// <summary>The rules of an invoice's lines and money, applied to its state; each change is recorded in history.</summary>
public static class InvoiceDocument
{
    public static InvoiceTotals Totals(InvoiceState state) => Totals(state, state.Lines);

    public static InvoiceStatus Status(InvoiceState state) =>
        InvoiceMath.StatusOf(state.Type, state.Voided, state.ConvertedToInvoiceId is not null, Totals(state));

    /// <summary>Lines change on open documents only: not on void ones, converted quotes or paid invoices.</summary>
    public static void EnsureLinesCanChange(InvoiceState state, long number)
    {
        EnsureNotFrozen(state, number);
        if (Status(state) == InvoiceStatus.Paid)
        {
            throw SecurityTraxException.Conflict($"{Name(state, number)} is paid; its lines can no longer change.");
        }
    }

    /// <summary>Void documents and converted quotes keep what they said.</summary>
    public static void EnsureNotFrozen(InvoiceState state, long number)
    {
        if (state.Voided)
        {
            throw SecurityTraxException.Conflict($"{Name(state, number)} is void; it can no longer change.");
        }

        if (state.ConvertedToInvoiceId is { } invoice)
        {
            throw SecurityTraxException.Conflict($"{Name(state, number)} became invoice {invoice}; change the invoice instead.");
        }
    }

    /// <summary>Replaces the lines, refusing a total below what was already applied.</summary>
    public static void SetLines(InvoiceState state, List<InvoiceLine> lines, long number)
    {
        var totals = Totals(state, lines);
        var covered = state.Type == InvoiceType.CreditMemo ? -totals.GrandTotal : totals.GrandTotal;
        if (lines.Count > InvoiceLines.MaxLines)
        {
            throw SecurityTraxException.Invalid("lines", $"At most {InvoiceLines.MaxLines} lines.");
        }

        // Amounts held by payments in progress count as applied: their charge may already be on its way.
        var taken = totals.Applied + state.Holds.Sum(h => h.Amount);
        if (taken > covered)
        {
            throw SecurityTraxException.Conflict(
                $"{InvoiceChanges.Money(taken)} is applied to {Name(state, number)} or held for payments in progress; its total cannot drop below that.");
        }

        state.Lines = lines;
    }

    public static void AddLines(InvoiceState state, IReadOnlyCollection<InvoiceLine> added, long number, HistoryRecorder history)
    {
        SetLines(state, [.. state.Lines, .. added], number);
        foreach (var line in added)
        {
            history.Add(Entity(state), Id(number), "line_added", InvoiceChanges.LineField(line), null, InvoiceChanges.Line(line));
        }
    }

    /// <summary>Only what nothing was ever applied to is deleted (otherwise it is voided); a converted quote stays as its invoice's record.</summary>
    public static void EnsureDeletable(InvoiceState state, long number)
    {
        if (state.Applications.Count > 0)
        {
            throw SecurityTraxException.Conflict($"Money was applied to {Name(state, number)}; void it instead of deleting it.");
        }

        if (state.Holds.Count > 0)
        {
            throw SecurityTraxException.Conflict($"A payment of {Name(state, number)} is in progress; void the invoice instead of deleting it.");
        }

        if (state.ConvertedToInvoiceId is { } invoice)
        {
            throw SecurityTraxException.Conflict($"{Name(state, number)} became invoice {invoice}; it stays as that invoice's record.");
        }
    }

    /// <summary>
    /// Typed equipment lines of a live, non-void invoice not yet on the customer's equipment. Lines added by the
    /// equipment button came from the customer's equipment, and fees, monitoring and labour are never equipment.
    /// </summary>
    public static InvoiceLine[] EquipmentNotBroughtOver(InvoiceState state) =>
        !state.Exists || state.Deleted || state.Voided || state.Type != InvoiceType.Invoice
            ? []
            : [.. state.Lines.Where(l => l.Kind == BillableItemKind.Equipment && l.Source == LineSource.Manual && !state.ConvertedLineIds.Contains(l.Id))];

    public static InvoiceLine FindLine(InvoiceState state, int lineId, long number) =>
        state.Lines.FirstOrDefault(l => l.Id == lineId) ?? throw SecurityTraxException.NotFound($"Line {lineId} of {Name(state, number)}");

    public static string Entity(InvoiceState state) => InvoiceChanges.Entity(state.Type);

    public static string Id(long number) => InvoiceKeys.Id(number);

    public static string Name(InvoiceState state, long number) => state.Type switch
    {
        InvoiceType.Quote => $"Quote {number}",
        InvoiceType.CreditMemo => $"Credit memo {number}",
        _ => $"Invoice {number}",
    };

    public static InvoiceDetails ToDetails(InvoiceState state, long number) => new(
        number, state.Type, Status(state), state.CustomerId, state.CustomerName, state.BillingAddress, state.ServiceAddress, state.SaleDate,
        state.Term, PaymentTerms.DueDate(state.Type, state.Term, state.SaleDate), state.PoNumber, state.Note, [.. state.Lines], Totals(state),
        [.. state.Applications], state.QuoteId, state.ConvertedToInvoiceId, state.RecurringInvoiceId, state.CreatedAt, state.UpdatedAt,
        state.Version, state.RecurringOccurrence, state.Dunning);

    public static InvoiceRow ToRow(InvoiceState state, long number)
    {
        var totals = Totals(state);
        return new InvoiceRow(
            number, state.Deleted, InvoiceRow.Name(state.Type), InvoiceRow.Name(Status(state)), state.CustomerId, state.CustomerName,
            state.SaleDate, PaymentTerms.DueDate(state.Type, state.Term, state.SaleDate), totals.SubTotal, totals.TaxTotal, totals.GrandTotal,
            totals.Applied, totals.Due, state.RecurringInvoiceId, state.QuoteId, state.CreatedAt, state.UpdatedAt);
    }

    private static InvoiceTotals Totals(InvoiceState state, IEnumerable<InvoiceLine> lines) =>
        InvoiceMath.Totals(state.Type, state.Voided, lines.Select(l => (l.Amount, l.Tax)), state.Applications.Sum(a => a.Amount));
}

using SecurityTrax.Customers;
using SecurityTrax.Outbox;

namespace SecurityTrax.Invoices;

/// <summary>The writes that make and grow the document: its start, its header, its lines, and the total's history.</summary>
public sealed class InvoiceDrafting(InvoiceRecords r)
{
    private InvoiceState State => r.State;

    /// <summary>Applies the header; true when something changed. The due date follows sale date and term.</summary>
    public bool SetHeader(InvoiceHeader header, HistoryRecorder history, string action)
    {
        var saleDate = header.SaleDate!.Value;
        var fields = InvoiceChanges.Header(State.Exists && action != "created" ? State : null, header, saleDate, PaymentTerms.DueDate(State.Type, header.Term, saleDate));
        if (!history.Changes(r.Entity, r.Id, action, fields))
        {
            return false;
        }

        (State.SaleDate, State.Term, State.PoNumber, State.Note) = (saleDate, header.Term, header.PoNumber, header.Note);
        return true;
    }

    /// <summary>Keeps the customer's name and addresses as of this change, for the printout and the lists.</summary>
    public void Describe(CustomerDetails customer) =>
        (State.CustomerName, State.BillingAddress, State.ServiceAddress) =
            (customer.DisplayName, customer.Profile.BillingAddress ?? customer.Profile.ServiceAddress, customer.Profile.ServiceAddress);

    public async Task<InvoiceDetails> AddLinesAsync(List<InvoiceLine> lines, CustomerDetails? customer)
    {
        var now = r.Now;
        var before = InvoiceDocument.Totals(State);
        await AttachAsync(lines);
        var history = r.History(now);
        InvoiceDocument.AddLines(State, lines, r.Number, history);
        State.LastLineId = Math.Max(State.LastLineId, lines.Max(l => l.Id));
        if (customer is not null)
        {
            Describe(customer);
        }

        TotalChanged(history, before);
        return await r.CommitAsync(now);
    }

    /// <summary>Makes the document: the customer learns of it first, so it can be found from the customer.</summary>
    public async Task<InvoiceDetails> StartAsync(
        long customerId, InvoiceType type, InvoiceHeader header, CustomerDetails customer, List<InvoiceLine> lines, long? quoteId)
    {
        // The customer learns of the invoice first; one that then fails to save is skipped wherever the customer lists it.
        State.CustomerId = customerId;
        await AttachAsync(lines);
        var now = r.Now;
        (State.Exists, State.Type, State.QuoteId, State.CreatedAt) = (true, type, quoteId, now);
        Describe(customer);
        var history = r.History(now);
        if (quoteId is { } quote)
        {
            history.Add(r.Entity, r.Id, "created", "quote", null, InvoiceKeys.Id(quote));
        }

        if (State.RecurringInvoiceId is { } recurring)
        {
            history.Add(r.Entity, r.Id, "generated", "recurringInvoice", null, $"{recurring} #{State.RecurringOccurrence}");
        }

        SetHeader(header, history, "created");
        InvoiceDocument.AddLines(State, lines, r.Number, history);
        State.LastLineId = lines.Count == 0 ? 0 : lines.Max(l => l.Id);
        TotalChanged(history, null);
        return await r.CommitAsync(now);
    }

    public void TotalChanged(HistoryRecorder history, InvoiceTotals? before)
    {
        var after = InvoiceDocument.Totals(State);
        if (before?.GrandTotal != after.GrandTotal)
        {
            history.Add(r.Entity, r.Id, "total_changed", "grandTotal", before is null ? null : InvoiceChanges.Money(before.GrandTotal), InvoiceChanges.Money(after.GrandTotal));
        }
    }

    /// <summary>
    /// The customer's equipment lists the invoices that may carry equipment lines. An invoice a recurring invoice makes
    /// without any skips that call (one write fewer per generated invoice) until an equipment line is added to it.
    /// </summary>
    private async Task AttachAsync(IReadOnlyCollection<InvoiceLine> lines)
    {
        var skip = State.RecurringInvoiceId is not null && lines.All(l => l.Kind != Catalog.BillableItemKind.Equipment);
        if (skip && !State.Exists)
        {
            State.Unattached = true;
        }
        else if (!State.Exists || (State.Unattached && !skip))
        {
            await InvoiceButtons.Equipment(r.Grains, r.Tenant, State).AttachInvoiceAsync(r.Number);
            State.Unattached = false;
        }
    }
}

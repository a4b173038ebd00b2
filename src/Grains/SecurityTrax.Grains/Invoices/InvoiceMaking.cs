using SecurityTrax.Equipment;
using SecurityTrax.Errors;

namespace SecurityTrax.Invoices;

/// <summary>
/// Making a document — from the office, from a quote, from a recurring invoice (each made once under its number) — and
/// bringing its equipment lines over to the customer's equipment.
/// </summary>
public sealed class InvoiceMaking(InvoiceRecords r, InvoiceDrafting drafting)
{
    private InvoiceState State => r.State;

    public async Task<InvoiceDetails> CreateAsync(long customerId, InvoiceType type, InvoiceHeader header, InvoiceLineInput[] lines)
    {
        if (State.Exists)
        {
            throw SecurityTraxException.Conflict($"Invoice {r.Number} exists.");
        }

        var (catalog, customer, rate) = await InvoiceButtons.PricingAsync(r.Grains, r.Tenant, customerId);
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(type))
        {
            errors.Add(new FieldError("type", "Use invoice, quote or credit_memo."));
        }

        var clean = InvoiceRules.Normalize(header, await r.TodayAsync(), errors);
        var built = (lines ?? []).Select((l, i) => InvoiceLines.Build(i + 1, l, catalog, rate, null, $"lines[{i}].", errors)).ToList();
        SecurityTraxException.ThrowIfAny(errors);
        return await drafting.StartAsync(customerId, type, clean, customer, built, null);
    }

    public async Task<InvoiceDetails> ConvertQuoteAsync(long invoiceId, int expectedVersion)
    {
        r.EnsureVersion(expectedVersion);
        r.EnsureType(InvoiceType.Quote);
        if (State.ConvertedToInvoiceId is null)
        {
            // The quote names its invoice before the invoice is made: a crash in between makes the same invoice on the next try.
            var now = r.Now;
            State.ConvertedToInvoiceId = invoiceId;
            r.History(now).Add(r.Entity, r.Id, "converted", "invoice", null, InvoiceKeys.Id(invoiceId));
            await r.CommitAsync(now);
        }

        var header = new InvoiceHeader(State.SaleDate, State.Term, State.PoNumber, State.Note);
        return await r.Invoice(State.ConvertedToInvoiceId.Value).CreateFromQuoteAsync(new QuoteCopy(r.Number, State.CustomerId, header, [.. State.Lines]));
    }

    public async Task<InvoiceDetails> CreateFromQuoteAsync(QuoteCopy quote)
    {
        if (State.Exists)
        {
            return State.QuoteId == quote.QuoteId ? r.Details : throw SecurityTraxException.Conflict($"Invoice {r.Number} exists.");
        }

        var customer = await InvoiceButtons.CustomerAsync(r.Grains, r.Tenant, quote.CustomerId);
        var header = quote.Header with { SaleDate = await r.TodayAsync() };
        return await drafting.StartAsync(quote.CustomerId, InvoiceType.Invoice, header, customer, [.. quote.Lines], quote.QuoteId);
    }

    public async Task<InvoiceDetails> CreateFromRecurringAsync(RecurringCopy copy)
    {
        if (State.Exists)
        {
            return State.RecurringInvoiceId == copy.RecurringInvoiceId && State.RecurringOccurrence == copy.Occurrence
                ? r.Details
                : throw SecurityTraxException.Conflict($"Invoice {r.Number} exists.");
        }

        var customer = await InvoiceButtons.CustomerAsync(r.Grains, r.Tenant, copy.CustomerId);
        (State.RecurringInvoiceId, State.RecurringOccurrence) = (copy.RecurringInvoiceId, copy.Occurrence);
        if (copy.NotifyUserId is { } user)
        {
            InvoiceNotices.Generated(State.Outbox, r.Now, user, r.Number, copy, customer.DisplayName);
        }

        return await drafting.StartAsync(copy.CustomerId, InvoiceType.Invoice, copy.Header, customer, [.. copy.Lines], null);
    }

    public async Task<EquipmentRow[]> ConvertEquipmentAsync()
    {
        var lines = InvoiceDocument.EquipmentNotBroughtOver(State);
        if (lines.Length == 0)
        {
            return [];
        }

        // The customer keeps a marker per (invoice, line): a crash before this save brings nothing over twice.
        var rows = await InvoiceButtons.Equipment(r.Grains, r.Tenant, State)
            .AddInvoicedAsync(r.Number, [.. lines.Select(l => new InvoicedEquipment(l.Id, l.ItemId, l.Description, (int)l.Quantity))]);
        var now = r.Now;
        State.ConvertedLineIds.AddRange(lines.Select(l => l.Id));
        r.History(now).Add(r.Entity, r.Id, "equipment_added", "lines", null, string.Join(",", lines.Select(l => l.Id)));
        await r.CommitAsync(now);
        return rows;
    }
}

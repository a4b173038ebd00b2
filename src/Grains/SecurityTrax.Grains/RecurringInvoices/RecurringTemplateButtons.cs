using SecurityTrax.Catalog;
using SecurityTrax.Invoices;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// The invoice editor's buttons on a recurring invoice's template: the line is priced as on an invoice (the catalogue's
/// item, the customer's own rate and tax rate at the press) and every invoice made afterwards carries it.
/// </summary>
public sealed class RecurringTemplateButtons(RecurringInvoiceLedger l)
{
    private RecurringInvoiceState State => l.State;

    public async Task<RecurringLinesAdded> AddMonitoringAsync(int expectedVersion)
    {
        l.EnsureChangeable(expectedVersion);
        if (State.Lines.Any(line => line.Source == LineSource.Monitoring))
        {
            return new RecurringLinesAdded(l.Details(), [], "The monthly monitoring charge is on this recurring invoice.");
        }

        var (catalog, customer, rate) = await InvoiceButtons.PricingAsync(l.Grains, l.Tenant, State.CustomerId);
        if (customer.Profile.MonthlyMonitoringRate == 0)
        {
            return new RecurringLinesAdded(l.Details(), [], "The customer has no monthly monitoring rate.");
        }

        var item = InvoiceLines.ItemOfKind(catalog, BillableItemKind.Monitoring);
        var line = InvoiceLines.ForCharge(NextLineId(), item, customer.Profile.MonthlyMonitoringRate, rate, LineSource.Monitoring);
        await AddAsync(line);
        return new RecurringLinesAdded(l.Details(), [line.Id], null);
    }

    private async Task AddAsync(InvoiceLine line)
    {
        var before = RecurringInvoiceRecords.Totals(State).GrandTotal;
        State.Lines.Add(line);
        State.Version++;
        RecurringInvoiceRecords.LineAdded(State, l.Number, line, before, l.Actor, l.Now);
        await l.SaveAsync();
    }

    private int NextLineId() => State.Lines.Count == 0 ? 1 : State.Lines.Max(line => line.Id) + 1;
}

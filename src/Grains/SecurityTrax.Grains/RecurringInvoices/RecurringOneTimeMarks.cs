using SecurityTrax.Catalog;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// Add Activation Fee and Add Unpaid Equipment on a template: one-time charges, so the template marks them for the next
/// invoice it makes instead of carrying them as lines (which every invoice would copy).
/// </summary>
public sealed class RecurringOneTimeMarks(RecurringInvoiceLedger l)
{
    private RecurringInvoiceState State => l.State;

    public async Task<RecurringLinesAdded> MarkAsync(string kind, int expectedVersion)
    {
        EnsureKnown(kind);
        l.EnsureChangeable(expectedVersion);
        if (State.PendingItems.Contains(kind))
        {
            return new RecurringLinesAdded(l.Details(), [], $"The {Name(kind)} is marked for the next invoice already.");
        }

        if (await NothingToAddAsync(kind) is { } reason)
        {
            return new RecurringLinesAdded(l.Details(), [], reason);
        }

        State.PendingItems.Add(kind);
        State.Version++;
        RecurringInvoiceRecords.OneTime(State, l.Number, "one_time_marked", kind, "next invoice", l.Actor, l.Now);
        await l.SaveAsync();
        return new RecurringLinesAdded(l.Details(), [], null);
    }

    public async Task<RecurringInvoiceDetails> UnmarkAsync(string kind, int expectedVersion)
    {
        EnsureKnown(kind);
        l.EnsureChangeable(expectedVersion);
        if (!State.PendingItems.Remove(kind))
        {
            throw SecurityTraxException.NotFound($"The {Name(kind)} mark on recurring invoice {l.Number}");
        }

        State.Version++;
        RecurringInvoiceRecords.OneTime(State, l.Number, "one_time_unmarked", kind, null, l.Actor, l.Now);
        await l.SaveAsync();
        return l.Details();
    }

    /// <summary>"activation fee", "unpaid equipment".</summary>
    public static string Name(string kind) => kind.Replace('_', ' ');

    /// <summary>
    /// What the invoice's button would answer today, without claiming anything: paid, none, or on another invoice. The
    /// claim is made by the invoice that carries the item, so another invoice may still take it between the mark and
    /// the invoice made (which then says so in history).
    /// </summary>
    private async Task<string?> NothingToAddAsync(string kind)
    {
        if (kind == RecurringOneTimeItems.UnpaidEquipment)
        {
            var rows = await InvoiceButtons.Equipment(l.Grains, l.Tenant, State.CustomerId).ListAsync();
            return rows.Any(r => !r.Paid && r.InvoiceId is null) ? null : "The customer has no unpaid equipment that is on no invoice.";
        }

        var (catalog, customer, _) = await InvoiceButtons.PricingAsync(l.Grains, l.Tenant, State.CustomerId);
        var refusal = customer.Profile switch
        {
            { ActivationFeePaid: true } => "The activation fee is paid.",
            { ActivationFee: 0 } => "The customer has no activation fee.",
            _ => null,
        };
        if (refusal is null && await InvoiceButtons.Equipment(l.Grains, l.Tenant, State.CustomerId).ActivationFeeInvoiceAsync() is { } holder)
        {
            refusal = $"The activation fee is on invoice {holder}.";
        }

        if (refusal is null)
        {
            // No item to bill it under is the invoice button's 409 too.
            InvoiceLines.ItemOfKind(catalog, BillableItemKind.ActivationFee);
        }

        return refusal;
    }

    private static void EnsureKnown(string kind)
    {
        if (!RecurringOneTimeItems.IsKnown(kind))
        {
            throw SecurityTraxException.NotFound($"One-time item {kind}");
        }
    }
}

using SecurityTrax.Errors;

namespace SecurityTrax.Invoices;

/// <summary>
/// Deleting a draft and voiding an invoice or credit memo: saved first, then what the document no longer uses (equipment
/// claims, money applied to it) is given back.
/// </summary>
public sealed class InvoiceClosing(InvoiceRecords r, InvoiceGiveBack giveBack, InvoiceReturning returning)
{
    private InvoiceState State => r.State;

    public async Task DeleteAsync(int expectedVersion)
    {
        r.EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureDeletable(State, r.Number);
        var now = r.Now;
        State.Deleted = true;
        r.History(now).Add(r.Entity, r.Id, "deleted");
        giveBack.Later(State.Lines);
        await r.CommitAsync(now);
        await giveBack.NowAsync();
    }

    public async Task<InvoiceDetails> VoidAsync(int expectedVersion)
    {
        r.EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureNotFrozen(State, r.Number);
        r.EnsureType(InvoiceType.Invoice, InvoiceType.CreditMemo);
        if (State.Type == InvoiceType.CreditMemo && State.Applications.Count > 0)
        {
            // Refused rather than unwound: taking credit back silently would make paid invoices due again (docs/decisions.md).
            throw SecurityTraxException.Conflict(
                $"{r.Name} gave credit to invoice {string.Join(", ", State.Applications.Select(a => a.OtherId).Distinct())}; void those invoices first, which gives the credit back.");
        }

        var now = r.Now;
        var status = InvoiceDocument.Status(State);
        State.Voided = true;
        var history = r.History(now);
        history.Add(r.Entity, r.Id, "voided", "status", InvoiceRow.Name(status), InvoiceRow.Name(InvoiceStatus.Void));
        returning.TakeBack(history);
        giveBack.Later(State.Lines);
        var details = await r.CommitAsync(now);
        await giveBack.NowAsync();
        await returning.ReturnAsync();
        return details;
    }
}

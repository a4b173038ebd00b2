using SecurityTrax.Errors;

namespace SecurityTrax.Invoices;

/// <summary>
/// Money applied to an invoice (credit memos, payments) and credit drawn from a credit memo, each once per application id.
/// </summary>
public sealed class InvoiceApplying(InvoiceRecords r, InvoiceHoldBook holds)
{
    private InvoiceState State => r.State;

    public async Task<InvoiceDetails> ApplyCreditMemoAsync(string applicationId, long creditMemoId, decimal amount, int? expectedVersion)
    {
        r.EnsureType(InvoiceType.Invoice);
        if (State.Applications.Any(a => a.Id == applicationId))
        {
            return r.Details;
        }

        ExpectedVersion.Check(expectedVersion, State.Version);

        InvoiceDocument.EnsureNotFrozen(State, r.Number);
        InvoiceRules.CheckCredit(amount, holds.Open(null), holds.OpenText(null));
        if (creditMemoId == r.Number)
        {
            throw SecurityTraxException.Invalid("creditMemoId", "An invoice is not a credit memo.");
        }

        // The credit memo records the draw under the same id first, so a repeat after a crash draws once.
        await r.Payments(creditMemoId).DrawCreditForAsync(applicationId, r.Number, State.CustomerId, amount);
        return await RecordAsync(applicationId, "credit_memo", creditMemoId, amount, "credit_applied");
    }

    public async Task<InvoiceDetails> ApplyPaymentAsync(string applicationId, long paymentId, long customerId, decimal amount)
    {
        r.EnsureType(InvoiceType.Invoice);
        var held = State.Applications.FirstOrDefault(a => a.Id == applicationId)?.Amount ?? 0m;
        var hold = State.Holds.FirstOrDefault(h => h.Id == applicationId);
        if (amount > held)
        {
            try
            {
                // Taking money back is always allowed; adding must fit the due, less what other payments hold.
                holds.EnsurePayable(customerId);
                await holds.DropAbandonedAsync(amount - held, applicationId);
                InvoiceRules.CheckCredit(amount - held, holds.Open(applicationId), holds.OpenText(applicationId));
            }
            catch (SecurityTraxException) when (hold is not null)
            {
                State.Holds.Remove(hold);
                await r.SaveAsync();
                throw;
            }
        }

        if (hold is not null)
        {
            State.Holds.Remove(hold);
        }

        return amount == held
            ? await SavedAsync(hold is not null)
            : await RecordAsync(applicationId, "payment", paymentId, amount - held, amount > held ? "payment_applied" : "payment_unapplied");
    }

    /// <summary>On a credit memo: gives credit to invoice <paramref name="invoiceId"/>; refused for another customer's invoice when <paramref name="customerId"/> is known.</summary>
    public async Task DrawAsync(string applicationId, long invoiceId, long? customerId, decimal amount)
    {
        if (!State.Exists || State.Deleted || State.Type != InvoiceType.CreditMemo)
        {
            throw SecurityTraxException.Invalid("creditMemoId", $"{r.Number} is not a credit memo of this company.");
        }

        if (State.Applications.Any(a => a.Id == applicationId))
        {
            return;
        }

        if (customerId is { } customer && customer != State.CustomerId)
        {
            throw SecurityTraxException.Invalid("creditMemoId", $"Credit memo {r.Number} is another customer's; its credit goes only to that customer's invoices.");
        }

        InvoiceDocument.EnsureNotFrozen(State, r.Number);
        InvoiceRules.CheckCredit(amount, InvoiceDocument.Totals(State).CreditLeft, $"the credit left on credit memo {r.Number}");
        await RecordAsync(applicationId, "invoice", invoiceId, amount, "credit_given");
    }

    /// <summary>A voided invoice gave back the credit it drew from this credit memo: it is credit left again.</summary>
    public async Task CreditReturnedAsync(string applicationId)
    {
        var given = State.Applications.FirstOrDefault(a => a.Id == applicationId);
        if (given is null)
        {
            return;
        }

        var now = r.Now;
        var before = InvoiceDocument.Totals(State).Applied;
        State.Applications.Remove(given);
        r.History(now).Add(r.Entity, r.Id, "credit_returned", "applied", InvoiceChanges.Money(before), InvoiceChanges.Money(before - given.Amount));
        await r.CommitAsync(now);
    }

    private async Task<InvoiceDetails> RecordAsync(string applicationId, string kind, long otherId, decimal amount, string action)
    {
        var now = r.Now;
        var before = InvoiceDocument.Totals(State).Applied;
        // An application set again keeps its place and holds the sum; taken back in full, it is no longer listed (history keeps it).
        InvoiceApplicationNumbers.Fill(State);
        var at = State.Applications.FindIndex(a => a.Id == applicationId);
        var application = new InvoiceApplication(
            applicationId, kind, otherId, (at < 0 ? 0m : State.Applications[at].Amount) + amount, now,
            at < 0 ? ++State.LastApplication : State.Applications[at].Number);
        if (at < 0)
        {
            State.Applications.Add(application);
        }
        else if (application.Amount == 0)
        {
            State.Applications.RemoveAt(at);
        }
        else
        {
            State.Applications[at] = application;
        }

        r.History(now).Add(r.Entity, r.Id, action, "applied", InvoiceChanges.Money(before), InvoiceChanges.Money(before + amount));
        return await r.CommitAsync(now);
    }

    private async Task<InvoiceDetails> SavedAsync(bool changed)
    {
        if (changed)
        {
            await r.SaveAsync();
        }

        return r.Details;
    }
}

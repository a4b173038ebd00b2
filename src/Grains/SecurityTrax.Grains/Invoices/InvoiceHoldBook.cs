using SecurityTrax.Errors;

namespace SecurityTrax.Invoices;

/// <summary>
/// Amounts payments in progress hold on an invoice: taken before the payment charges, dropped when the payment no
/// longer needs them, and kept out of what other payments may apply.
/// </summary>
public sealed class InvoiceHoldBook(InvoiceRecords r)
{
    private InvoiceState State => r.State;

    public async Task HoldAsync(string applicationId, long paymentId, long customerId, decimal amount)
    {
        if (State.Holds.Any(h => h.Id == applicationId) || State.Applications.Any(a => a.Id == applicationId))
        {
            return;
        }

        r.EnsureType(InvoiceType.Invoice);
        EnsurePayable(customerId);
        await DropAbandonedAsync(amount, null);
        InvoiceRules.CheckCredit(amount, Open(null), OpenText(null));
        State.Holds.Add(new InvoiceHold { Id = applicationId, PaymentId = paymentId, Amount = amount, At = r.Now });
        // A hold changes no figure anyone sees, so it keeps the version (and the ETag) and writes no history.
        await r.SaveAsync();
    }

    public async Task ReleaseAsync(string applicationId)
    {
        if (State.Holds.RemoveAll(h => h.Id == applicationId) > 0)
        {
            await r.SaveAsync();
        }
    }

    public void EnsurePayable(long customerId)
    {
        InvoiceDocument.EnsureNotFrozen(State, r.Number);
        if (customerId != State.CustomerId)
        {
            throw SecurityTraxException.Conflict($"{r.Name} is another customer's; money goes only to its own customer's invoices.");
        }
    }

    /// <summary>When holds stand in the way of <paramref name="amount"/>, drops those their payments no longer need (saved with the change that follows).</summary>
    public async Task DropAbandonedAsync(decimal amount, string? applicationId)
    {
        if (amount <= Open(applicationId) || State.Holds.Count == 0)
        {
            return;
        }

        var abandoned = await AbandonedHolds.FindAsync(r.Grains, r.Tenant, State, applicationId, r.Now);
        if (abandoned.Count > 0)
        {
            State.Holds.RemoveAll(abandoned.Contains);
            await r.SaveAsync();
        }
    }

    /// <summary>What may still be applied: the due less what other payments in progress hold.</summary>
    public decimal Open(string? applicationId) =>
        Math.Max(0m, InvoiceDocument.Totals(State).Due - State.Holds.Where(h => h.Id != applicationId).Sum(h => h.Amount));

    public string OpenText(string? applicationId)
    {
        var held = State.Holds.Where(h => h.Id != applicationId).Sum(h => h.Amount);
        return held == 0 ? "the amount due" : $"the amount due less {InvoiceChanges.Money(held)} held for payments in progress";
    }
}

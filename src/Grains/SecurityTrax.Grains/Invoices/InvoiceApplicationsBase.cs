using Microsoft.Extensions.Logging;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;

namespace SecurityTrax.Invoices;

/// <summary>
/// Money applied to an invoice (credit memos, payments) and credit drawn from a credit memo, each once per application id;
/// holds of payments in progress; and, when the invoice is voided, giving that money back.
/// </summary>
public abstract class InvoiceApplicationsBase : InvoiceGrainBase
{
    /// <summary>How soon a give-back that could not be told (the payment busy or away) is tried again.</summary>
    public static readonly TimeSpan ReturnRetry = TimeSpan.FromSeconds(5);

    private readonly InvoiceReturns _returns;
    private IGrainTimer? _returnRetry;

    protected InvoiceApplicationsBase(IPersistentState<InvoiceState> state, TimeProvider time, OutboxWriter outbox, ILogger logger)
        : base(state, time, outbox, logger) =>
        _returns = new InvoiceReturns(logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        InvoiceApplicationNumbers.Fill(State);
        await ReturnAsync();
    }

    public async Task<InvoiceDetails> ApplyCreditMemoAsync(string applicationId, long creditMemoId, decimal amount, int? expectedVersion = null)
    {
        EnsureType(InvoiceType.Invoice);
        if (State.Applications.Any(a => a.Id == applicationId))
        {
            return Details;
        }

        ExpectedVersion.Check(expectedVersion, State.Version);

        InvoiceDocument.EnsureNotFrozen(State, Number);
        InvoiceRules.CheckCredit(amount, Open(null), OpenText(null));
        if (creditMemoId == Number)
        {
            throw SecurityTraxException.Invalid("creditMemoId", "An invoice is not a credit memo.");
        }

        // The credit memo records the draw under the same id first, so a repeat after a crash draws once.
        await Credit(creditMemoId).DrawCreditForAsync(applicationId, Number, State.CustomerId, amount);
        return await RecordApplicationAsync(applicationId, "credit_memo", creditMemoId, amount, "credit_applied");
    }

    public Task DrawCreditAsync(string applicationId, long invoiceId, decimal amount) => DrawAsync(applicationId, invoiceId, null, amount);

    public Task DrawCreditForAsync(string applicationId, long invoiceId, long customerId, decimal amount) => DrawAsync(applicationId, invoiceId, customerId, amount);

    public Task<InvoiceDetails> SetPaymentApplicationAsync(string applicationId, long paymentId, decimal amount) =>
        ApplyPaymentAsync(applicationId, paymentId, State.CustomerId, amount);

    public async Task<InvoiceDetails> ApplyPaymentAsync(string applicationId, long paymentId, long customerId, decimal amount)
    {
        EnsureType(InvoiceType.Invoice);
        var held = State.Applications.FirstOrDefault(a => a.Id == applicationId)?.Amount ?? 0m;
        var hold = State.Holds.FirstOrDefault(h => h.Id == applicationId);
        if (amount > held)
        {
            try
            {
                // Taking money back is always allowed; adding must fit the due, less what other payments hold.
                EnsurePayable(customerId);
                await DropAbandonedHoldsAsync(amount - held, applicationId);
                InvoiceRules.CheckCredit(amount - held, Open(applicationId), OpenText(applicationId));
            }
            catch (SecurityTraxException) when (hold is not null)
            {
                State.Holds.Remove(hold);
                await SaveAsync();
                throw;
            }
        }

        if (hold is not null)
        {
            State.Holds.Remove(hold);
        }

        return amount == held
            ? await SavedAsync(hold is not null)
            : await RecordApplicationAsync(applicationId, "payment", paymentId, amount - held, amount > held ? "payment_applied" : "payment_unapplied");
    }

    public async Task HoldAsync(string applicationId, long paymentId, long customerId, decimal amount)
    {
        if (State.Holds.Any(h => h.Id == applicationId) || State.Applications.Any(a => a.Id == applicationId))
        {
            return;
        }

        EnsureType(InvoiceType.Invoice);
        EnsurePayable(customerId);
        await DropAbandonedHoldsAsync(amount, null);
        InvoiceRules.CheckCredit(amount, Open(null), OpenText(null));
        State.Holds.Add(new InvoiceHold { Id = applicationId, PaymentId = paymentId, Amount = amount, At = Now });
        // A hold changes no figure anyone sees, so it keeps the version (and the ETag) and writes no history.
        await SaveAsync();
    }

    public async Task ReleaseHoldAsync(string applicationId)
    {
        if (State.Holds.RemoveAll(h => h.Id == applicationId) > 0)
        {
            await SaveAsync();
        }
    }

    public async Task CreditReturnedAsync(string applicationId, long invoiceId)
    {
        var given = State.Applications.FirstOrDefault(a => a.Id == applicationId);
        if (given is null)
        {
            return;
        }

        var now = Now;
        var before = InvoiceDocument.Totals(State).Applied;
        State.Applications.Remove(given);
        History(now).Add(Entity, Id, "credit_returned", "applied", InvoiceChanges.Money(before), InvoiceChanges.Money(before - given.Amount));
        await CommitAsync(now);
    }

    /// <summary>On voiding: every application comes off (to be given back after the save) and holds end.</summary>
    protected void TakeBackApplications(HistoryRecorder history)
    {
        _returns.TakeBack(State, history, Entity, Id);
    }

    /// <summary>Tells each payment and credit memo whose money a void took off; what fails is told on the next activation.</summary>
    /// <summary>Gives back what a void took off, now; what cannot be told now is retried on a timer (and on the next activation).</summary>
    protected async Task ReturnAsync()
    {
        if (!await _returns.TellAsync(State, GrainFactory, Tenant, Number, SaveAsync))
        {
            _returnRetry ??= this.RegisterGrainTimer(RetryReturnAsync, ReturnRetry, ReturnRetry);
        }
    }

    private async Task RetryReturnAsync(CancellationToken cancellationToken)
    {
        if (await _returns.TellAsync(State, GrainFactory, Tenant, Number, SaveAsync))
        {
            _returnRetry?.Dispose();
            _returnRetry = null;
        }
    }

    private async Task DrawAsync(string applicationId, long invoiceId, long? customerId, decimal amount)
    {
        if (!State.Exists || State.Deleted || State.Type != InvoiceType.CreditMemo)
        {
            throw SecurityTraxException.Invalid("creditMemoId", $"{Number} is not a credit memo of this company.");
        }

        if (State.Applications.Any(a => a.Id == applicationId))
        {
            return;
        }

        if (customerId is { } customer && customer != State.CustomerId)
        {
            throw SecurityTraxException.Invalid("creditMemoId", $"Credit memo {Number} is another customer's; its credit goes only to that customer's invoices.");
        }

        InvoiceDocument.EnsureNotFrozen(State, Number);
        InvoiceRules.CheckCredit(amount, InvoiceDocument.Totals(State).CreditLeft, $"the credit left on credit memo {Number}");
        await RecordApplicationAsync(applicationId, "invoice", invoiceId, amount, "credit_given");
    }

    private async Task<InvoiceDetails> RecordApplicationAsync(string applicationId, string kind, long otherId, decimal amount, string action)
    {
        var now = Now;
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

        History(now).Add(Entity, Id, action, "applied", InvoiceChanges.Money(before), InvoiceChanges.Money(before + amount));
        return await CommitAsync(now);
    }

    private async Task<InvoiceDetails> SavedAsync(bool changed)
    {
        if (changed)
        {
            await SaveAsync();
        }

        return Details;
    }

    private void EnsurePayable(long customerId)
    {
        InvoiceDocument.EnsureNotFrozen(State, Number);
        if (customerId != State.CustomerId)
        {
            throw SecurityTraxException.Conflict($"{Name} is another customer's; money goes only to its own customer's invoices.");
        }
    }

    /// <summary>When holds stand in the way of <paramref name="amount"/>, drops those their payments no longer need (saved with the change that follows).</summary>
    private async Task DropAbandonedHoldsAsync(decimal amount, string? applicationId)
    {
        if (amount <= Open(applicationId) || State.Holds.Count == 0)
        {
            return;
        }

        var abandoned = await AbandonedHolds.FindAsync(GrainFactory, Tenant, State, applicationId, Now);
        if (abandoned.Count > 0)
        {
            State.Holds.RemoveAll(abandoned.Contains);
            await SaveAsync();
        }
    }

    /// <summary>What may still be applied: the due less what other payments in progress hold.</summary>
    private decimal Open(string? applicationId) =>
        Math.Max(0m, InvoiceDocument.Totals(State).Due - State.Holds.Where(h => h.Id != applicationId).Sum(h => h.Amount));

    private string OpenText(string? applicationId)
    {
        var held = State.Holds.Where(h => h.Id != applicationId).Sum(h => h.Amount);
        return held == 0 ? "the amount due" : $"the amount due less {InvoiceChanges.Money(held)} held for payments in progress";
    }

    private IInvoicePaymentsGrain Credit(long number) => GrainFactory.GetGrain<IInvoicePaymentsGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(number)));
}

using Microsoft.Extensions.Logging;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;

namespace SecurityTrax.Invoices;

/// <summary>Money applied to an invoice (credit memos, payments) and credit drawn from a credit memo, each once per application id.</summary>
public abstract class InvoiceApplicationsBase(IPersistentState<InvoiceState> state, TimeProvider time, OutboxWriter outbox, ILogger logger)
    : InvoiceGrainBase(state, time, outbox, logger)
{
    public async Task<InvoiceDetails> ApplyCreditMemoAsync(string applicationId, long creditMemoId, decimal amount, int? expectedVersion = null)
    {
        EnsureType(InvoiceType.Invoice);
        if (State.Applications.Any(a => a.Id == applicationId))
        {
            return Details;
        }

        ExpectedVersion.Check(expectedVersion, State.Version);

        InvoiceDocument.EnsureNotFrozen(State, Number);
        InvoiceRules.CheckCredit(amount, InvoiceDocument.Totals(State).Due, "the amount due");
        if (creditMemoId == Number)
        {
            throw SecurityTraxException.Invalid("creditMemoId", "An invoice is not a credit memo.");
        }

        // The credit memo records the draw under the same id first, so a repeat after a crash draws once.
        await Invoice(creditMemoId).DrawCreditAsync(applicationId, Number, amount);
        return await RecordApplicationAsync(applicationId, "credit_memo", creditMemoId, amount, "credit_applied");
    }

    public async Task DrawCreditAsync(string applicationId, long invoiceId, decimal amount)
    {
        if (!State.Exists || State.Deleted || State.Type != InvoiceType.CreditMemo)
        {
            throw SecurityTraxException.Invalid("creditMemoId", $"{Number} is not a credit memo of this company.");
        }

        if (State.Applications.Any(a => a.Id == applicationId))
        {
            return;
        }

        InvoiceDocument.EnsureNotFrozen(State, Number);
        InvoiceRules.CheckCredit(amount, InvoiceDocument.Totals(State).CreditLeft, $"the credit left on credit memo {Number}");
        await RecordApplicationAsync(applicationId, "invoice", invoiceId, amount, "credit_given");
    }

    public async Task<InvoiceDetails> SetPaymentApplicationAsync(string applicationId, long paymentId, decimal amount)
    {
        EnsureType(InvoiceType.Invoice);
        var held = State.Applications.FirstOrDefault(a => a.Id == applicationId)?.Amount ?? 0m;
        if (amount == held)
        {
            return Details;
        }

        if (amount > held)
        {
            // Taking money back is always allowed (a void invoice gives back its payments); adding must fit the due.
            InvoiceDocument.EnsureNotFrozen(State, Number);
            InvoiceRules.CheckCredit(amount - held, InvoiceDocument.Totals(State).Due, "the amount due");
        }

        return await RecordApplicationAsync(applicationId, "payment", paymentId, amount - held, amount > held ? "payment_applied" : "payment_unapplied");
    }
}

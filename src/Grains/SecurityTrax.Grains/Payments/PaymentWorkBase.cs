using Microsoft.Extensions.Logging;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using SecurityTrax.Outbox;
using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Payments;

/// <summary>
/// The steps of a payment. Each is stored before it reaches out (processor, invoice, message) and each reach is
/// keyed — idempotency key, application id, message id — so repeating a step after a crash does it once.
/// </summary>
public abstract class PaymentWorkBase(
    IPersistentState<PaymentState> state, TimeProvider time, PaymentProcessors processors, OutboxWriter outbox, ILogger logger)
    : PaymentGrainBase(state, time, processors, outbox, logger)
{
    protected IPaymentGrain Payment(long number) => GrainFactory.GetGrain<IPaymentGrain>(GrainKeys.For(Tenant, PaymentKeys.Id(number)));

    protected InvoiceHolds Holds => new(GrainFactory, Tenant, Number);

    protected IPaymentStepsGrain Steps(long number) => GrainFactory.GetGrain<IPaymentStepsGrain>(GrainKeys.For(Tenant, PaymentKeys.Id(number)));

    /// <summary>Asks for the charge with the key stored at creation: a repeat gets the processor's first answer.</summary>
    protected async Task ChargeAsync()
    {
        var now = Now;
        State.Attempts++;
        State.FirstChargeAt ??= State.Attempts == 1 ? now : null;
        Record(now, "charge_requested", $"Attempt {State.Attempts}: {PaymentBook.Money(State.Amount)} {PaymentBook.Name(State.Type)} to {State.MethodDisplay}");
        await CommitAsync(now);
        var answer = await ProcessorAsync() is { } processor
            ? await processor.ChargeAsync(
                new ChargeRequest(State.ProcessorCustomerId ?? "", State.Token ?? "", State.Amount, State.Type, State.ChargeKey, ChargeMetadata.For(Tenant, Id, State)),
                CancellationToken.None)
            : AccountGone;
        // A refusal of the first request is final (nothing could have been charged); after an unanswered one it is not.
        await SettleAsync(answer.Outcome == ProcessorOutcome.Refused && State.Attempts == 1 ? answer with { Outcome = ProcessorOutcome.Declined } : answer);
    }

    /// <summary>
    /// Takes a processor's answer (a charge, a check, a webhook) about the charge. Only succeeded and declined change
    /// the status; no answer or a refused request keeps it processing, backs off, and after a while tells the office.
    /// </summary>
    protected async Task SettleAsync(ProcessorAnswer answer)
    {
        var now = Now;
        Record(now, answer.Outcome.ToString().ToLowerInvariant(), answer.Detail);
        State.TransactionId = answer.TransactionId ?? State.TransactionId;
        if (PaymentRetryPolicy.Note(State, answer.Outcome, now) && State.Status == PaymentStatus.Processing)
        {
            await PaymentAttention.TellOnceAsync(GrainFactory, Tenant, State, Number, now,
                $"The processor has not answered about payment {Number} {State.Unanswered} times in a row ({answer.Reason ?? answer.Detail}); it stays processing until it does.");
        }

        if (State.Status == PaymentStatus.Processing && answer.Outcome is ProcessorOutcome.Succeeded or ProcessorOutcome.Declined)
        {
            var before = State.Status;
            (State.Status, State.Reason) = answer.Outcome == ProcessorOutcome.Succeeded ? (PaymentStatus.Succeeded, null) : (PaymentStatus.Failed, answer.Reason);
            History(now).Add(Entity, Id, PaymentBook.Name(State.Status), "status", PaymentBook.Name(before), PaymentBook.Name(State.Status));
            Announce(State.Status == PaymentStatus.Succeeded ? PaymentNotices.Succeeded : PaymentNotices.Failed, State.Amount);
        }

        await CommitAsync(now);
    }

    /// <summary>The charge's key is about to expire at the processor: it is not sent again; a person finds out what happened.</summary>
    protected async Task StopChargingAsync()
    {
        var now = Now;
        State.ChargeStopped = true;
        var why = $"Payment {Number} got no answer from the processor since {State.FirstChargeAt ?? State.InitiatedAt:yyyy-MM-dd HH:mm} UTC; it is not sent again "
            + "(a new request could charge twice). Check the processor's dashboard; a late answer from the processor still settles it.";
        Record(now, "charge_stopped", why);
        await PaymentAttention.TellAsync(GrainFactory, Tenant, State, Number, now, why);
        await CommitAsync(now);
    }

    /// <summary>Turns the applications asked for with the payment into applications, once the money is in.</summary>
    protected async Task ApplyWantedAsync()
    {
        if (State.Status != PaymentStatus.Succeeded || State.Wanted.Count == 0)
        {
            return;
        }

        var now = Now;
        var unused = new List<(long Invoice, string Id)>();
        for (var i = 0; i < State.Wanted.Count; i++)
        {
            // Made under the id the invoice holds it by, so the hold becomes the application.
            var wanted = State.Wanted[i];
            var id = State.WantedHeld ? InvoiceHolds.Id(Number, i) : $"p{Id}-a{State.LastApplication + 1}";
            var amount = Math.Min(wanted.Amount, PaymentBook.Unapplied(State));
            if (amount > 0)
            {
                AddApplication(id, wanted.InvoiceId, amount, now);
            }
            else if (State.WantedHeld)
            {
                unused.Add((wanted.InvoiceId, id));
            }
        }

        State.Wanted.Clear();
        await CommitAsync(now);
        foreach (var (invoice, id) in unused)
        {
            await Holds.ReleaseAsync(invoice, id);
        }
    }

    /// <summary>A payment that failed or was voided before its applications were made ends the invoices' holds.</summary>
    protected async Task ReleaseWantedAsync()
    {
        if (State.Status is not (PaymentStatus.Failed or PaymentStatus.Voided) || State.Wanted.Count == 0)
        {
            return;
        }

        await Holds.ReleaseAllAsync(State.Wanted);
        State.Wanted.Clear();
        await CommitAsync(Now);
    }

    protected ApplicationRecord AddApplication(string applicationId, long invoiceId, decimal amount, DateTimeOffset now)
    {
        ApplicationNumbers.Fill(State);
        State.LastApplication++;
        var record = new ApplicationRecord
        {
            Id = applicationId, Number = State.LastApplication, InvoiceId = invoiceId, Amount = amount, AppliedAt = now,
        };
        State.Applications.Add(record);
        return record;
    }

    /// <summary>Tells invoices what this payment means to have applied; a refused increase is undone and its reason returned by id.</summary>
    protected async Task<Dictionary<string, SecurityTraxException>> SyncApplicationsAsync()
    {
        var refused = new Dictionary<string, SecurityTraxException>(StringComparer.Ordinal);
        foreach (var application in State.Applications.Where(a => !a.InSync).ToList())
        {
            var now = Now;
            var invoice = GrainFactory.GetGrain<IInvoicePaymentsGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(application.InvoiceId)));
            try
            {
                await invoice.ApplyPaymentAsync(application.Id, Number, State.CustomerId, application.Amount);
                var action = application.Amount > application.SyncedAmount ? "applied" : "unapplied";
                History(now).Add(Entity, Id, action, $"invoice {application.InvoiceId}", PaymentBook.Money(application.SyncedAmount), PaymentBook.Money(application.Amount));
                application.SyncedAmount = application.Amount;
            }
            catch (SecurityTraxException e)
            {
                refused[application.Id] = e;
                Record(now, "application_refused", $"Invoice {application.InvoiceId}: {e.Message}");
                application.Amount = application.SyncedAmount;
            }

            await CommitAsync(now);
        }

        return refused;
    }

    /// <summary>
    /// Asks the processor for a stored refund (same key on every try), or about it while the processor answered
    /// pending, and records a final answer on both payments. A pending refund keeps its amount reserved.
    /// </summary>
    protected async Task RefundStepAsync(PendingRefund pending)
    {
        var manual = !Processed;
        var answer = pending.ProcessorRefundId is { } outside
            ? new ProcessorAnswer(ProcessorOutcome.Succeeded, outside, null, $"Refunded at the processor outside SecurityTrax ({outside})")
            : manual
                ? new ProcessorAnswer(ProcessorOutcome.Succeeded, null, null, "Paid back by hand")
                : await RefundRequests.AskAsync(await ProcessorAsync(), State.TransactionId!, pending) ?? AccountGone;
        var now = Now;
        if (answer.Outcome is ProcessorOutcome.Unknown or ProcessorOutcome.Pending
            || (answer.Outcome == ProcessorOutcome.Refused && (pending.Attempts > 1 || pending.AwaitingRefundId is not null)))
        {
            pending.AwaitingRefundId = answer.Outcome == ProcessorOutcome.Pending ? answer.TransactionId ?? pending.AwaitingRefundId : pending.AwaitingRefundId;
            Record(now, answer.Outcome == ProcessorOutcome.Pending ? "refund_pending" : "refund_unknown", answer.Detail);
            await CommitAsync(now);
            return;
        }

        await FinishRefundAsync(pending, answer);
    }

    /// <summary>A final answer about a refund: succeeded gives the money back from the applications; failed never took it.</summary>
    protected async Task FinishRefundAsync(PendingRefund pending, ProcessorAnswer answer)
    {
        var manual = !Processed;
        var status = answer.Outcome is ProcessorOutcome.Declined or ProcessorOutcome.Refused ? PaymentStatus.Failed : PaymentStatus.Succeeded;
        // The refund payment is made (or found) first: a crash before the save below asks again and finds it.
        await Steps(pending.RefundPaymentId).PostRefundAsync(Posting(pending, status, answer.TransactionId, answer.Reason ?? answer.Detail));
        var now = Now;
        State.PendingRefunds.Remove(pending);
        if (!manual && answer.TransactionId is { } refundId && !State.ProcessorRefundIds.Contains(refundId))
        {
            State.ProcessorRefundIds.Add(refundId);
        }

        State.Refunds.Add(new PaymentRefund(pending.RefundPaymentId, pending.Amount, status, now));
        Record(now, status == PaymentStatus.Succeeded ? "refunded" : "refund_failed", answer.Reason ?? answer.Detail);
        if (status == PaymentStatus.Succeeded)
        {
            History(now).Add(Entity, Id, "refunded", "refunded", null, PaymentBook.Money(pending.Amount));
            Announce(PaymentNotices.Refunded, pending.Amount);
            ReduceApplications();
        }

        await CommitAsync(now);
    }

    protected RefundPosting Posting(PendingRefund pending, PaymentStatus status, string? transactionId, string detail) =>
        new(Number, State.CustomerId, State.Method, State.MethodDisplay, State.Processor, pending.Amount, status, transactionId, detail);

    /// <summary>After a refund or a lost dispute the payment never covers more than it kept: newest applications give back first, so dues reopen.</summary>
    protected void ReduceApplications()
    {
        var excess = State.Applications.Sum(a => a.Reserved) - PaymentBook.Kept(State);
        foreach (var application in State.Applications.AsEnumerable().Reverse())
        {
            var cut = Math.Min(Math.Max(0m, excess), application.Amount);
            application.Amount -= cut;
            excess -= cut;
        }
    }

    /// <summary>A refund payment created as processing takes the processor's final answer once.</summary>
    protected async Task<PaymentDetails> SettleRefundAsync(PaymentStatus status, string? transactionId, string detail)
    {
        if (State.Status != PaymentStatus.Processing || status == PaymentStatus.Processing)
        {
            return Details;
        }

        var now = Now;
        (State.Status, State.TransactionId) = (status, transactionId);
        State.Reason = status == PaymentStatus.Failed ? detail : null;
        Record(now, PaymentBook.Name(status), detail);
        History(now).Add(Entity, Id, PaymentBook.Name(status), "status", PaymentBook.Name(PaymentStatus.Processing), PaymentBook.Name(status));
        return await CommitAsync(now);
    }

    /// <summary>The email receipt, once: the message id comes from the payment, and sending is at most once per id.</summary>
    protected async Task ReceiptAsync()
    {
        if (State.Status != PaymentStatus.Succeeded || !State.EmailReceipt || State.ReceiptDone)
        {
            return;
        }

        var message = GrainFactory.GetGrain<IMessageGrain>(GrainKeys.For(Tenant, $"p{Id}-receipt"));
        var fields = new Dictionary<string, string>
        {
            ["payment.amount"] = "$" + PaymentBook.Money(State.Amount),
            ["payment.date"] = State.PaymentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["payment.method"] = State.MethodDisplay,
            ["payment.result"] = await ReceiptWording.ResultAsync(GrainFactory, Tenant, State),
            ["payment.transaction_id"] = State.TransactionId ?? "",
        };
        var now = Now;
        try
        {
            var sent = await message.SendAsync(new SendMessage(
                State.CustomerId, MessageChannel.Email, null, SystemTemplateKinds.PaymentReceipt, null, null, null, State.ReceiptTo, null, fields, null, false));
            Record(now, "receipt", $"Receipt message {sent.Id}: {sent.Status.ToString().ToLowerInvariant()}");
        }
        catch (SecurityTraxException e)
        {
            Record(now, "receipt", $"No receipt sent: {e.Message}");
        }

        State.ReceiptDone = true;
        await CommitAsync(now);
    }
}

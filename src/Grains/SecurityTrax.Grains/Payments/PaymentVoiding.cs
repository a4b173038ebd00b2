using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Payments;

/// <summary>
/// Voiding (DESIGN §5): a recorded payment is taken back; a processed one is cancelled at the processor while it is
/// unsettled and must be refunded after. The void key is stored before the processor is asked (the same key on every
/// try), so a retry after a crash cancels once.
/// </summary>
public sealed class PaymentVoiding(PaymentRecords r, PaymentApplying applying, PaymentWorkReminder reminder)
{
    private PaymentState State => r.State;

    public async Task<PaymentDetails> VoidAsync(int expectedVersion, string? reason)
    {
        r.EnsureLive();
        if (State.Status == PaymentStatus.Voided)
        {
            return r.Details;
        }

        if (State.VoidKey is null)
        {
            await BeginAsync(expectedVersion, reason);
        }

        if (await StepAsync() is { } refused)
        {
            throw SecurityTraxException.Conflict($"Payment {r.Number} can no longer be voided ({refused}); refund it instead.");
        }

        await applying.ReleaseWantedAsync();
        await applying.SyncAsync();
        await reminder.StopWorkingIfDoneAsync();
        return r.Details;
    }

    /// <summary>Cancels at the processor when needed, then marks the payment void; answers the processor's refusal, else null.</summary>
    public async Task<string?> StepAsync()
    {
        if (State.VoidKey is null || State.Status == PaymentStatus.Voided)
        {
            return null;
        }

        var answer = State.Status switch
        {
            _ when !r.Processed => new ProcessorAnswer(ProcessorOutcome.Succeeded, null, null, "Recorded payment taken back"),
            PaymentStatus.Scheduled or PaymentStatus.Saved => new ProcessorAnswer(ProcessorOutcome.Succeeded, null, null, "Not yet sent to the processor; nothing to cancel"),
            // Only an authorised card payment gets here succeeded (see CheckVoidable): the processor reverses it in full before it settles.
            PaymentStatus.Succeeded when State.Method == PaymentMethodKind.Card => await ReverseAsync(),
            PaymentStatus.Processing => await r.ProcessorAsync() is { } processor
                ? await processor.VoidAsync(State.TransactionId!, State.VoidKey, CancellationToken.None)
                : PaymentRecords.AccountGone,
            _ => new ProcessorAnswer(ProcessorOutcome.Declined, null, $"it is {PaymentBook.Name(State.Status)}", "The charge settled before the void"),
        };
        var now = r.Now;
        switch (answer.Outcome)
        {
            case ProcessorOutcome.Succeeded:
                MarkVoided(now, answer.Detail);
                break;
            case ProcessorOutcome.Declined or ProcessorOutcome.Refused:
                // The payment is left as it was; only the processor's answer is kept in its log.
                r.Record(now, "void_refused", answer.Detail + (answer.Reason is null ? "" : $": {answer.Reason}"));
                State.VoidKey = null;
                break;
            default:
                r.Record(now, "void_unknown", answer.Detail);
                break;
        }

        await r.CommitAsync(now);
        return answer.Outcome is ProcessorOutcome.Declined or ProcessorOutcome.Refused ? answer.Reason ?? answer.Detail : null;
    }

    /// <summary>
    /// An authorised card payment is voided by reversing all of it with the void key, which a processor without a void of
    /// captured charges (Stripe) carries out before settlement; its refund id is kept so the processor's news of it is not
    /// recorded again as a refund.
    /// </summary>
    private async Task<ProcessorAnswer> ReverseAsync()
    {
        if (await r.ProcessorAsync() is not { } processor)
        {
            return PaymentRecords.AccountGone;
        }

        var answer = await processor.RefundAsync(State.TransactionId!, State.Amount, State.VoidKey!, CancellationToken.None);
        if (answer.TransactionId is { } refundId && !State.ProcessorRefundIds.Contains(refundId))
        {
            State.ProcessorRefundIds.Add(refundId);
        }

        return answer.Outcome == ProcessorOutcome.Pending ? answer with { Outcome = ProcessorOutcome.Succeeded, Detail = answer.Detail + " (reversal before settlement)" } : answer;
    }

    private void MarkVoided(DateTimeOffset now, string detail)
    {
        var before = State.Status;
        (State.Status, State.Reason) = (PaymentStatus.Voided, State.VoidReason);
        foreach (var application in State.Applications)
        {
            application.Amount = 0;
        }

        r.Record(now, "voided", detail);
        r.History(now).Add(r.Entity, r.Id, "voided", "status", PaymentBook.Name(before), PaymentBook.Name(State.Status));
        r.Announce(PaymentNotices.Voided, State.Amount);
    }

    private async Task BeginAsync(int expectedVersion, string? reason)
    {
        if (State.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        var errors = new List<FieldError>();
        reason = FieldChecks.Text(errors, "reason", reason, 500);
        SecurityTraxException.ThrowIfAny(errors);
        CheckVoidable();
        if (r.Processed && State.Status == PaymentStatus.Processing && await r.ProcessorAsync() is null)
        {
            throw SecurityTraxException.Conflict(
                $"Payment {r.Number} was made on a processor account that is no longer configured here; cancel it in that account's dashboard.");
        }

        var now = r.Now;
        (State.VoidKey, State.VoidReason) = ($"{(State.ChargeKey.Length > 0 ? State.ChargeKey : $"{r.Tenant}-payment-{r.Id}")}-void", reason);
        r.Record(now, "void_requested", $"Void requested by {r.Actor.UserName}" + (reason is null ? "" : $": {reason}"));
        // The reminder exists before the void is stored, so a crash right after still finishes it.
        await reminder.KeepWorkingAsync(PaymentWorkReminder.Every);
        await r.CommitAsync(now);
    }

    private void CheckVoidable()
    {
        var why = State switch
        {
            { Type: PaymentType.Refund } => "a refund is not voided",
            { Status: PaymentStatus.Failed } => "it failed and moved no money",
            { Refunds.Count: > 0 } or { PendingRefunds.Count: > 0 } => "it has refunds; refund the rest instead",
            { Status: PaymentStatus.Succeeded } when r.Processed && !r.Authorised => "it has settled at the processor; refund it instead",
            { Status: PaymentStatus.Processing, TransactionId: null } => "the processor's answer to the charge is awaited; try again shortly",
            _ => null,
        };
        if (why is not null)
        {
            throw SecurityTraxException.Conflict($"Payment {r.Number} cannot be voided: {why}.");
        }
    }
}

using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Payments;

/// <summary>
/// The void step (DESIGN §5): with the void key stored, a processed payment is cancelled at the processor while it is
/// unsettled (the same key on every try, so a retry after a crash cancels once); a recorded one is simply taken back.
/// </summary>
public sealed class PaymentVoiding(PaymentRecords r)
{
    private PaymentState State => r.State;

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
            PaymentStatus.Scheduled => new ProcessorAnswer(ProcessorOutcome.Succeeded, null, null, "Not yet sent to the processor; nothing to cancel"),
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
}

using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Payments;

/// <summary>
/// A charge the customer confirms in the browser (the portal's Payment Element): the payment intent is made with the
/// charge key stored at creation, and its outcome is read back from the processor (after a webhook, on the receipt,
/// on the work reminder). Before such a payment fails — a declined attempt, abandoned past
/// <see cref="PaymentsOptions.BrowserPaymentTimeout"/> — its intent is cancelled, so the browser can never charge a failed payment.
/// </summary>
public sealed class PaymentBrowserCharge(PaymentRecords r, PaymentCharging charging)
{
    private PaymentState State => r.State;

    private string CancelKey => State.ChargeKey + "-cancel";

    /// <summary>Makes the payment intent; a repeat with the same key gets the same intent back.</summary>
    public async Task StartAsync()
    {
        var now = r.Now;
        State.Attempts++;
        State.FirstChargeAt ??= now;
        r.Record(now, "charge_requested", $"Attempt {State.Attempts}: {PaymentBook.Money(State.Amount)} for the customer to confirm in the browser");
        await r.CommitAsync(now);
        var answer = await r.ProcessorAsync() is { } processor
            ? await processor.StartBrowserChargeAsync(
                new ChargeRequest(State.ProcessorCustomerId ?? "", "", State.Amount, State.Type, State.ChargeKey, ChargeMetadata.For(r.Tenant, r.Id, State)),
                State.SaveMethod,
                CancellationToken.None)
            : PaymentRecords.AccountGone;
        if (answer.Outcome != ProcessorOutcome.AwaitingCustomer)
        {
            await charging.SettleAsync(answer.Outcome == ProcessorOutcome.Refused && State.Attempts == 1 ? answer with { Outcome = ProcessorOutcome.Declined } : answer);
            return;
        }

        (State.TransactionId, State.ClientSecret, State.Unanswered, State.NextTryAt) = (answer.TransactionId, answer.ClientSecret, 0, null);
        r.Record(now, "awaiting_customer", answer.Detail);
        await r.CommitAsync(now);
    }

    /// <summary>Reads the intent: its outcome settles the payment; a failed attempt, a cancelled or an abandoned intent ends it.</summary>
    public async Task CheckAsync()
    {
        if (await r.ProcessorAsync() is not { } processor)
        {
            await charging.SettleAsync(PaymentRecords.AccountGone);
            return;
        }

        var answer = await processor.CheckBrowserChargeAsync(State.TransactionId!, CancellationToken.None);
        switch (answer.Outcome)
        {
            case ProcessorOutcome.AwaitingCustomer when r.Now < (State.FirstChargeAt ?? State.InitiatedAt) + r.Processors.Options.BrowserPaymentTimeout:
                return;
            case ProcessorOutcome.AwaitingCustomer:
                await EndAsync(processor, "The payment was not completed in time; nothing was charged.");
                return;
            case ProcessorOutcome.Declined:
                await EndAsync(processor, answer.Reason ?? "The payment was declined.");
                return;
            default:
                await SettleAsync(answer);
                return;
        }
    }

    /// <summary>Cancels the intent first: only a cancelled intent fails the payment; one that succeeded meanwhile settles it.</summary>
    private async Task EndAsync(IPaymentProcessor processor, string reason)
    {
        var cancel = await processor.VoidAsync(State.TransactionId!, CancelKey, CancellationToken.None);
        switch (cancel.Outcome)
        {
            case ProcessorOutcome.Succeeded:
                await charging.SettleAsync(new ProcessorAnswer(ProcessorOutcome.Declined, State.TransactionId, reason, cancel.Detail));
                break;
            case ProcessorOutcome.Declined:
                // Not cancellable: it was cancelled already, or it succeeded or started processing meanwhile.
                var now = await processor.CheckBrowserChargeAsync(State.TransactionId!, CancellationToken.None);
                await SettleAsync(now.Outcome == ProcessorOutcome.Declined ? now with { Reason = reason } : now);
                break;
            default:
                await charging.SettleAsync(cancel);
                break;
        }
    }

    private async Task SettleAsync(ProcessorAnswer answer)
    {
        if (answer.Method is { } method && !State.MethodKnown)
        {
            State.MethodKnown = true;
            State.Token = method.Token;
            State.Method = method.Kind == BillingMethodKind.BankAccount ? PaymentMethodKind.BankAccount : PaymentMethodKind.Card;
            State.MethodDisplay = new BillingMethod("", method.Kind, method.Brand, method.Last4, null, null, null, false, null, default).Display;
        }

        await charging.SettleAsync(answer.Outcome == ProcessorOutcome.AwaitingCustomer ? answer with { Outcome = ProcessorOutcome.Pending } : answer);
    }
}

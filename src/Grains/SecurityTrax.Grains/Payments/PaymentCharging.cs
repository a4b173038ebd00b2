using SecurityTrax.Errors;
using SecurityTrax.Payments.Billing;
using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Payments;

/// <summary>
/// The charge of a processed payment: the method and processor account pinned before the first call, the keyed
/// charge, the processor's answers, and the stop when the key is about to expire.
/// </summary>
public sealed class PaymentCharging(PaymentRecords r)
{
    private PaymentState State => r.State;

    /// <summary>Resolves the billing method into what the processor charges, and pins the processor account before the first call.</summary>
    public async Task TargetAsync(NewPayment p)
    {
        var billing = r.Grains.GetGrain<IBillingTargetGrain>(GrainKeys.For(r.Tenant, p.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var target = p.InBrowser ? await billing.BrowserTargetAsync()
            : p.OneTimeToken is { } token ? await billing.AttachOneTimeAsync(token) : await billing.GetChargeTargetAsync(p.BillingMethodId);
        if (target.Method.Kind == BillingMethodKind.Manual || (target.Token is null && !p.InBrowser))
        {
            throw SecurityTraxException.Invalid("billingMethodId", "Manual billing is not processed; record the cash, check or other payment instead.");
        }

        var (processor, account) = await r.Processors.ForNewAsync(r.Grains, r.Tenant);
        (State.Method, State.MethodDisplay, State.BillingMethodId) =
            (target.Method.Kind == BillingMethodKind.Card ? PaymentMethodKind.Card : PaymentMethodKind.BankAccount, target.Method.Display, target.Method.Id);
        (State.Token, State.ProcessorCustomerId, State.Processor) = (target.Token, target.ProcessorCustomerId, processor.Name);
        // Pinned before the first call: refunds, voids, checks and retries go to this account from now on.
        State.ProcessorAccount = account;
        (State.InBrowser, State.SaveMethod, State.MakeDefaultMethod) = (p.InBrowser, p.SaveMethod, p.SaveMethod && p.MakeDefault);
        if (p.InBrowser)
        {
            State.MethodDisplay = "Card or bank account, to be confirmed by the customer";
        }
    }

    /// <summary>Asks for the charge with the key stored at creation: a repeat gets the processor's first answer.</summary>
    public async Task ChargeAsync()
    {
        var now = r.Now;
        State.Attempts++;
        State.FirstChargeAt ??= State.Attempts == 1 ? now : null;
        r.Record(now, "charge_requested", $"Attempt {State.Attempts}: {PaymentBook.Money(State.Amount)} {PaymentBook.Name(State.Type)} to {State.MethodDisplay}");
        await r.CommitAsync(now);
        var answer = await r.ProcessorAsync() is { } processor
            ? await processor.ChargeAsync(
                new ChargeRequest(State.ProcessorCustomerId ?? "", State.Token ?? "", State.Amount, State.Type, State.ChargeKey, ChargeMetadata.For(r.Tenant, r.Id, State)),
                CancellationToken.None)
            : PaymentRecords.AccountGone;
        // A refusal of the first request is final (nothing could have been charged); after an unanswered one it is not.
        await SettleAsync(answer.Outcome == ProcessorOutcome.Refused && State.Attempts == 1 ? answer with { Outcome = ProcessorOutcome.Declined } : answer);
    }

    /// <summary>
    /// Takes a processor's answer (a charge, a check, a webhook) about the charge. Only succeeded and declined change
    /// the status; no answer or a refused request keeps it processing, backs off, and after a while tells the office.
    /// </summary>
    public async Task SettleAsync(ProcessorAnswer answer)
    {
        var now = r.Now;
        r.Record(now, answer.Outcome.ToString().ToLowerInvariant(), answer.Detail);
        State.TransactionId = answer.TransactionId ?? State.TransactionId;
        if (PaymentRetryPolicy.Note(State, answer.Outcome, now) && State.Status == PaymentStatus.Processing)
        {
            await PaymentAttention.TellOnceAsync(r.Grains, r.Tenant, State, r.Number, now,
                $"The processor has not answered about payment {r.Number} {State.Unanswered} times in a row ({answer.Reason ?? answer.Detail}); it stays processing until it does.");
        }

        if (State.Status == PaymentStatus.Processing && answer.Outcome is ProcessorOutcome.Succeeded or ProcessorOutcome.Declined)
        {
            var before = State.Status;
            (State.Status, State.Reason) = answer.Outcome == ProcessorOutcome.Succeeded ? (PaymentStatus.Succeeded, null) : (PaymentStatus.Failed, answer.Reason);
            State.SettlesAt = State.Status == PaymentStatus.Succeeded ? await r.SettlesAtAsync() : null;
            r.History(now).Add(r.Entity, r.Id, PaymentBook.Name(State.Status), "status", PaymentBook.Name(before), PaymentBook.Name(State.Status));
            r.Announce(State.Status == PaymentStatus.Succeeded ? PaymentNotices.Succeeded : PaymentNotices.Failed, State.Amount);
        }

        await r.CommitAsync(now);
    }

    /// <summary>The charge's key is about to expire at the processor: it is not sent again; a person finds out what happened.</summary>
    public async Task StopChargingAsync()
    {
        var now = r.Now;
        State.ChargeStopped = true;
        var why = $"Payment {r.Number} got no answer from the processor since {State.FirstChargeAt ?? State.InitiatedAt:yyyy-MM-dd HH:mm} UTC; it is not sent again "
            + "(a new request could charge twice). Check the processor's dashboard; a late answer from the processor still settles it.";
        r.Record(now, "charge_stopped", why);
        await PaymentAttention.TellAsync(r.Grains, r.Tenant, State, r.Number, now, why);
        await r.CommitAsync(now);
    }
}

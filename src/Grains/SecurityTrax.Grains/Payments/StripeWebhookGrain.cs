using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Persistence;
using Stripe;

namespace SecurityTrax.Payments;

public sealed partial class StripeWebhookGrain(
    [PersistentState(StorageNames.StripeWebhooks, StorageNames.Main)] IPersistentState<StripeWebhookState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    PaymentProcessors processors,
    ILogger<StripeWebhookGrain> logger) : Grain, IStripeWebhookGrain
{
    public const int Remembered = 5000;

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<StripeWebhookOutcome> AcceptAsync(string payload, string? signature)
    {
        if (await processors.WebhookSecretForAsync(GrainFactory, Tenant) is not { Length: > 0 } secret || string.IsNullOrEmpty(signature))
        {
            return StripeWebhookOutcome.Rejected;
        }

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(payload, signature, secret, 300, time.GetUtcNow().ToUnixTimeSeconds(), true);
        }
        catch (StripeException e)
        {
            LogRejected(Tenant, e.Message);
            return StripeWebhookOutcome.Rejected;
        }

        if (state.State.Seen.Contains(stripeEvent.Id))
        {
            return StripeWebhookOutcome.Duplicate;
        }

        // Handled before it is marked seen: a crash in between makes Stripe's retry handle it again, and payments skip event ids they hold.
        await HandleAsync(stripeEvent);
        state.State.Seen.Add(stripeEvent.Id);
        if (state.State.Seen.Count > Remembered)
        {
            state.State.Seen.RemoveRange(0, state.State.Seen.Count - Remembered);
        }

        await state.WriteStateAsync();
        return StripeWebhookOutcome.Accepted;
    }

    private async Task HandleAsync(Event e)
    {
        var (transaction, kind, reason) = e.Data.Object switch
        {
            PaymentIntent intent when e.Type == EventTypes.PaymentIntentSucceeded => (intent.Id, "succeeded", null),
            PaymentIntent intent when e.Type == EventTypes.PaymentIntentPaymentFailed =>
                (intent.Id, "failed", intent.LastPaymentError is { } error ? $"{error.Message} ({error.DeclineCode ?? error.Code})" : "The bank debit failed."),
            Charge charge when e.Type == EventTypes.ChargeRefunded => (charge.PaymentIntentId, "refunded_at_processor", $"Refunded at Stripe: {charge.AmountRefunded / 100m:0.00}"),
            Dispute dispute when e.Type == EventTypes.ChargeDisputeCreated => (dispute.PaymentIntentId, "disputed", dispute.Reason),
            _ => ((string?)null, "", (string?)null),
        };
        if (transaction is null)
        {
            return;
        }

        var payment = await GrainFactory.GetGrain<IPaymentQueryGrain>(GrainKeys.For(Tenant, IPaymentQueryGrain.Id)).FindByTransactionAsync(transaction);
        if (payment is { } id)
        {
            await GrainFactory.GetGrain<IPaymentGrain>(GrainKeys.For(Tenant, PaymentKeys.Id(id))).ProcessorEventAsync(e.Id, kind, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Stripe webhook for {Tenant} was rejected: {Reason}")]
    private partial void LogRejected(string tenant, string reason);
}

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
    /// <summary>
    /// Recent event ids kept here to answer Stripe's quick repeats cheaply; the state is rewritten per event, so this
    /// stays small. Correctness does not rest on it: payments handle each refund, dispute and outcome once by its own id.
    /// </summary>
    public const int Remembered = 200;

    private const long Tolerance = 300;

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<StripeWebhookOutcome> AcceptAsync(string payload, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || !await VerifiedAsync(payload, signature))
        {
            return StripeWebhookOutcome.Rejected;
        }

        Event stripeEvent;
        try
        {
            // Events of another API version are read as far as their shape allows; the signature is what is trusted.
            stripeEvent = EventUtility.ParseEvent(payload, throwOnApiVersionMismatch: false);
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or System.Text.Json.JsonException or StripeException)
        {
            LogUnreadable(Tenant, e.Message);
            return StripeWebhookOutcome.NotYet;
        }

        if (state.State.Seen.Contains(stripeEvent.Id))
        {
            return StripeWebhookOutcome.Duplicate;
        }

        // Handled before it is marked seen: a crash in between makes Stripe's retry handle it again, and payments skip what they hold.
        if (!await HandleAsync(stripeEvent))
        {
            LogNotYet(Tenant, stripeEvent.Id, stripeEvent.Type);
            return StripeWebhookOutcome.NotYet;
        }

        state.State.Seen.Add(stripeEvent.Id);
        if (state.State.Seen.Count > Remembered)
        {
            state.State.Seen.RemoveRange(0, state.State.Seen.Count - Remembered);
        }

        await state.WriteStateAsync();
        return StripeWebhookOutcome.Accepted;
    }

    private async Task<bool> VerifiedAsync(string payload, string signature)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var reason = "no Stripe webhook signing secret is configured";
        // The company's current account, accounts it replaced (their payments still get events) and the platform's.
        foreach (var secret in await processors.WebhookSecretsForAsync(GrainFactory, Tenant))
        {
            try
            {
                EventUtility.ValidateSignature(payload, signature, secret, Tolerance, now);
                return true;
            }
            catch (StripeException e)
            {
                reason = e.Message;
            }
        }

        LogRejected(Tenant, reason);
        return false;
    }

    /// <summary>False when a part is about a payment of ours that cannot be found yet: the event is then left for Stripe's retry.</summary>
    private async Task<bool> HandleAsync(Event e)
    {
        var complete = true;
        foreach (var routed in StripeEventReader.Read(e, Tenant))
        {
            if (!await DeliverAsync(routed) && routed.Ours)
            {
                complete = false;
            }
        }

        return complete;
    }

    private async Task<bool> DeliverAsync(RoutedEvent routed)
    {
        if (routed.PaymentId is { } named && await Steps(named).TakeProcessorEventAsync(routed.Event))
        {
            return true;
        }

        return routed.Event.TransactionId is { } transaction
            && await GrainFactory.GetGrain<IPaymentQueryGrain>(GrainKeys.For(Tenant, IPaymentQueryGrain.Id)).FindByTransactionAsync(transaction) is { } id
            && id != routed.PaymentId
            && await Steps(id).TakeProcessorEventAsync(routed.Event);
    }

    private IPaymentStepsGrain Steps(long id) => GrainFactory.GetGrain<IPaymentStepsGrain>(GrainKeys.For(Tenant, PaymentKeys.Id(id)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Stripe webhook for {Tenant} was rejected: {Reason}")]
    private partial void LogRejected(string tenant, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Stripe webhook for {Tenant} could not be read; Stripe will send it again: {Reason}")]
    private partial void LogUnreadable(string tenant, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stripe event {EventId} ({Type}) for {Tenant} is about a payment not found yet; left for Stripe's retry")]
    private partial void LogNotYet(string tenant, string eventId, string type);
}

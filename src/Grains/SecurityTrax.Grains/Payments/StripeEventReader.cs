using System.Globalization;
using SecurityTrax.Payments.Processing;
using Stripe;

namespace SecurityTrax.Payments;

/// <summary>
/// Reads a verified Stripe event into what it says about payments. Reads only what it needs and tolerates what it
/// does not know, so an event of another API version whose shape is readable is still understood.
/// </summary>
public static class StripeEventReader
{
    public static IReadOnlyList<RoutedEvent> Read(Event e, string tenant)
    {
        var found = new List<RoutedEvent>();
        switch (e.Data?.Object)
        {
            case PaymentIntent intent when e.Type is EventTypes.PaymentIntentSucceeded or EventTypes.PaymentIntentPaymentFailed:
                var failed = e.Type == EventTypes.PaymentIntentPaymentFailed;
                var reason = !failed ? null
                    : intent.LastPaymentError is { } error ? $"{error.Message} ({error.DeclineCode ?? error.Code})" : "The bank debit failed.";
                found.Add(OfIntent(e, failed ? ProcessorEvent.Failed : ProcessorEvent.Succeeded, intent.Id, intent.Metadata, tenant, reason));
                break;
            case Charge charge when e.Type == EventTypes.ChargeRefunded:
                found.Add(OfIntent(e, ProcessorEvent.RefundedAtProcessor, charge.PaymentIntentId, charge.Metadata, tenant, $"Refunded at Stripe: {Dollars(charge.AmountRefunded)}"));
                found.AddRange((charge.Refunds?.Data ?? []).Select(r => OfRefund(e, r, charge.PaymentIntentId)).OfType<RoutedEvent>());
                break;
            case Dispute dispute when e.Type == EventTypes.ChargeDisputeCreated:
                found.Add(new RoutedEvent(Of(e, ProcessorEvent.Disputed, dispute.PaymentIntentId, dispute.Id, dispute.Amount, dispute.Reason), null, false));
                break;
            case Dispute dispute when e.Type == EventTypes.ChargeDisputeClosed && dispute.Status is "won" or "lost":
                var kind = dispute.Status == "won" ? ProcessorEvent.DisputeWon : ProcessorEvent.DisputeLost;
                found.Add(new RoutedEvent(Of(e, kind, dispute.PaymentIntentId, dispute.Id, dispute.Amount, dispute.Reason), null, false));
                break;
            case Refund refund when e.Type is EventTypes.RefundCreated or EventTypes.RefundUpdated or EventTypes.RefundFailed:
                if (OfRefund(e, refund, refund.PaymentIntentId) is { } routed)
                {
                    found.Add(routed);
                }

                break;
        }

        return found;
    }

    /// <summary>
    /// Our refund (our metadata) settles when Stripe says succeeded, failed or canceled; a refund made in the
    /// dashboard is recorded once succeeded; anything else (pending) changes nothing.
    /// </summary>
    private static RoutedEvent? OfRefund(Event e, Refund refund, string? intent)
    {
        var key = refund.Metadata?.GetValueOrDefault(StripeProcessor.OwnRefundMetadata);
        var kind = (key, refund.Status) switch
        {
            (not null, "succeeded") => ProcessorEvent.RefundSucceeded,
            (not null, "failed" or "canceled") => ProcessorEvent.RefundFailed,
            (null, "succeeded") => ProcessorEvent.OutsideRefund,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        var reason = refund.FailureReason ?? (refund.Status == "canceled" ? "canceled" : null);
        // One event (charge.refunded) may carry several refunds for one payment: each part gets its own id.
        var part = Of(e, kind, refund.PaymentIntentId ?? intent, refund.Id, refund.Amount, reason) with { EventId = $"{e.Id}/{refund.Id}", RefundKey = key };
        return new RoutedEvent(part, null, key is not null);
    }

    private static RoutedEvent OfIntent(Event e, string kind, string? intent, Dictionary<string, string>? metadata, string tenant, string? reason)
    {
        var ours = metadata?.GetValueOrDefault(ChargeMetadata.Tenant) == tenant;
        long? payment = ours && long.TryParse(metadata!.GetValueOrDefault(ChargeMetadata.Payment), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return new RoutedEvent(Of(e, kind, intent, null, 0, reason) with { ChargeKey = metadata?.GetValueOrDefault(ChargeMetadata.ChargeKey) }, payment, ours);
    }

    private static ProcessorEvent Of(Event e, string kind, string? intent, string? objectId, long cents, string? reason) =>
        new(e.Id, kind, intent, null, objectId, null, cents / 100m, reason);

    private static string Dollars(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}

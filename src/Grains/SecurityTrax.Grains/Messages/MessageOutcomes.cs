using SecurityTrax.Messages.Delivery;
using SecurityTrax.Outbox;

namespace SecurityTrax.Messages;

/// <summary>
/// What a provider's answer or later report does to a message: its status, reason and times, and the history rows of
/// a failure or an unknown outcome. Pure state changes; the grain stores them.
/// </summary>
public static class MessageOutcomes
{
    private const string Entity = "message";

    /// <summary>The provider's answer to one attempt: sent, queued for another try, unknown, or failed.</summary>
    public static void Take(MessageState s, DeliveryOutcome outcome, HistoryRecorder history, string entityId, DateTimeOffset now)
    {
        s.Provider = outcome.Provider;
        switch (outcome.Result)
        {
            case DeliveryResult.Accepted:
                s.Status = MessageStatus.Sent;
                s.ProviderMessageId = outcome.ProviderMessageId;
                s.SentAt = now;
                s.Reason = null;
                break;
            case DeliveryResult.NotAccepted when s.Attempts < RetryPolicy.MaxAttempts:
                s.Status = MessageStatus.Queued;
                s.NextAttemptAt = now + RetryPolicy.DelayAfter(s.Attempts);
                s.Reason = outcome.Reason;
                break;
            case DeliveryResult.Unknown:
                MarkUnknown(s, outcome.Reason!, history, entityId);
                break;
            default:
                Fail(s, outcome.Reason!, history, entityId);
                break;
        }
    }

    /// <summary>A delivery report from the provider; false when it changes nothing.</summary>
    public static bool Report(MessageState s, string providerStatus, string? errorCode, HistoryRecorder history, string entityId, DateTimeOffset now)
    {
        switch (providerStatus)
        {
            case "delivered":
                s.Status = MessageStatus.Delivered;
                s.SentAt ??= now;
                s.Reason = null;
                return true;
            case "undelivered" or "failed":
                Fail(s, $"The carrier reported the text {providerStatus} (error {errorCode ?? "none given"}).", history, entityId);
                return true;
            case "sent" or "queued" or "accepted" or "sending" when s.Status == MessageStatus.Unknown:
                // The provider's own report settles an attempt whose answer we never saw.
                s.Status = MessageStatus.Sent;
                s.SentAt ??= now;
                s.Reason = null;
                return true;
            default:
                return false;
        }
    }

    public static void Fail(MessageState s, string reason, HistoryRecorder history, string entityId)
    {
        s.Status = MessageStatus.Failed;
        s.Reason = reason;
        s.NextAttemptAt = null;
        history.Add(Entity, entityId, "failed", "status", null, reason);
    }

    public static void MarkUnknown(MessageState s, string reason, HistoryRecorder history, string entityId)
    {
        s.Status = MessageStatus.Unknown;
        s.Reason = reason;
        history.Add(Entity, entityId, "unknown", "status", null, reason);
    }
}

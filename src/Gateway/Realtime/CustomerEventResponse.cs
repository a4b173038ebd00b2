using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Realtime;

/// <summary>A live event about a watched customer: <c>payment.succeeded</c>, <c>payment.failed</c>, <c>payment.refunded</c>, <c>payment.voided</c>.</summary>
public sealed record CustomerEventResponse(long CustomerId, string Kind, NotificationPayload Data, DateTimeOffset At)
{
    public static CustomerEventResponse From(CustomerEvent e) => new(e.CustomerId, e.Kind, e.Data, e.At);
}

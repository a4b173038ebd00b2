using SecurityTrax.Identity;
using SecurityTrax.Notifications;

namespace SecurityTrax.Payments;

/// <summary>Outcome notifications of a payment for the user who initiated it (inbox and live push).</summary>
public static class PaymentNotices
{
    public const string Succeeded = "payment.succeeded";
    public const string Failed = "payment.failed";
    public const string Refunded = "payment.refunded";
    public const string Voided = "payment.voided";
    public const string DisputeLost = "payment.dispute_lost";

    public static void Outcome(PaymentState s, long number, DateTimeOffset now, string kind, decimal amount)
    {
        // Work the system started (recurring billing) has no one to tell; the customer's viewers still see it live.
        if (s.InitiatedById.Length == 0 || s.InitiatedById == Caller.SystemUserId)
        {
            return;
        }

        var title = kind switch
        {
            Succeeded => $"Payment {number} succeeded",
            Failed => $"Payment {number} failed",
            Voided => $"Payment {number} voided",
            DisputeLost => $"Payment {number}: dispute lost",
            _ => $"Payment {number} refunded",
        };
        var body = $"{PaymentBook.Money(amount)} — {s.MethodDisplay}" + (kind == Failed && s.Reason is { } reason ? $": {reason}" : "");
        s.Outbox.Notify(now, s.InitiatedById, kind, title, body, Data(s, number, amount));
    }

    public static NotificationPayload Data(PaymentState s, long number, decimal amount) => new()
    {
        PaymentId = number,
        CustomerId = s.CustomerId,
        Amount = amount,
        Status = PaymentBook.Name(s.Status),
        Reason = s.Reason ?? "",
    };
}

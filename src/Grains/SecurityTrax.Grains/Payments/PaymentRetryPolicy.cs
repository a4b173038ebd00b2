namespace SecurityTrax.Payments;

/// <summary>
/// How often an unanswered processor call is repeated (see docs/decisions.md, "Processor outcomes"): the wait doubles
/// from five minutes up to two hours; a charge is never sent again once its idempotency key is near the end of the
/// processor's retention (24 hours at Stripe), because after that a repeat could charge twice.
/// </summary>
public static class PaymentRetryPolicy
{
    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(2);

    /// <summary>How long Stripe keeps an idempotency key's answer.</summary>
    public static readonly TimeSpan KeyRetention = TimeSpan.FromHours(24);

    /// <summary>The last repeat of a charge is this long before the key expires, so clock skew and a slow call stay inside.</summary>
    public static readonly TimeSpan KeyMargin = TimeSpan.FromHours(1);

    /// <summary>Unanswered calls in a row after which the office is told (about 2.5 hours of waiting).</summary>
    public const int AttentionAfter = 5;

    /// <summary>The wait after the <paramref name="unanswered"/>-th unanswered call in a row.</summary>
    public static TimeSpan Wait(int unanswered)
    {
        var wait = FirstWait * Math.Pow(2, Math.Clamp(unanswered - 1, 0, 16));
        return wait < LongestWait ? wait : LongestWait;
    }

    /// <summary>Counts an answer: no answer or a refused request waits longer each time; answers true when the office should hear of it.</summary>
    public static bool Note(PaymentState s, Processing.ProcessorOutcome outcome, DateTimeOffset now)
    {
        if (outcome is not (Processing.ProcessorOutcome.Unknown or Processing.ProcessorOutcome.Refused))
        {
            (s.Unanswered, s.NextTryAt) = (0, null);
            return false;
        }

        s.Unanswered++;
        s.NextTryAt = now + Wait(s.Unanswered);
        return s.Unanswered >= AttentionAfter;
    }

    /// <summary>
    /// Whether the charge's key is too old to send again. A charge not yet sent (a scheduled one) has no deadline;
    /// one first sent before this rule counts from its first logged request.
    /// </summary>
    public static bool PastChargeDeadline(PaymentState s, DateTimeOffset now) =>
        (s.FirstChargeAt ?? s.Log.FirstOrDefault(l => l.Step == "charge_requested")?.At) is { } first && now >= first + KeyRetention - KeyMargin;
}

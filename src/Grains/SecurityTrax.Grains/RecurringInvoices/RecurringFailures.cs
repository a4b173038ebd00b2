using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// Records a step of an occurrence that could not be done, so the recurring invoice goes on with the next occurrence:
/// on the recurring invoice (its failures), in the customer's history and in its creator's inbox (live too); and
/// pauses it by <see cref="RecurringPauseRule"/>.
/// </summary>
/// <remarks>
/// Only the domain's own errors are permanent: the same call would fail the same way next hour. Anything else
/// (a storage or cluster timeout, a silo going away) is left to throw, and the next hourly tick retries the same step.
/// </remarks>
public static class RecurringFailures
{
    public const string InvoiceStep = "invoice";
    public const string ChargeStep = "charge";
    public const string Declined = "declined";
    public const string NoBillingMethod = "no_billing_method";
    public const string FailedNotice = "recurring_invoice.failed";
    public const string PausedNotice = "recurring_invoice.paused";

    public static string KindOf(SecurityTraxException e) => e.Kind switch
    {
        ErrorKind.NotFound => "not_found",
        ErrorKind.Conflict => "conflict",
        ErrorKind.VersionMismatch => "version_mismatch",
        ErrorKind.Forbidden => "forbidden",
        _ => "invalid",
    };

    /// <summary>
    /// Records <paramref name="failure"/>; <paramref name="told"/> says the customer's history and the inbox already
    /// have it (a declined charge is recorded as a payment attempt).
    /// </summary>
    public static void Record(RecurringInvoiceState state, long number, RecurringFailure failure, Caller actor, bool told)
    {
        state.Failures.Add(failure);
        state.Version++;
        if (!told)
        {
            History(state, actor, failure.At).Add(RecurringInvoiceRecords.Entity, Id(number), "occurrence_failed", failure.Step, null,
                string.Create(CultureInfo.InvariantCulture, $"#{failure.Occurrence} {failure.Kind}: {failure.Reason}"));
            Tell(state, number, failure.At, FailedNotice,
                string.Create(CultureInfo.InvariantCulture, $"Recurring invoice {number}: occurrence {failure.Occurrence} failed ({failure.Step})"),
                failure.Reason, failure.Occurrence);
        }

        (state.FailureStreakKind, state.FailureStreak, var pause) =
            RecurringPauseRule.AfterFailure(state.FailureStreakKind, state.FailureStreak, $"{failure.Step}:{failure.Kind}");
        if (pause && state.PausedReason is null)
        {
            Pause(state, number, RecurringPauseRule.Reason(state.FailureStreak, failure), actor, failure.At);
        }
    }

    /// <summary>A step done: the next failure starts a new streak.</summary>
    public static void Succeeded(RecurringInvoiceState state) => (state.FailureStreakKind, state.FailureStreak) = (null, 0);

    public static void Resume(RecurringInvoiceState state, long number, Caller actor, DateTimeOffset now)
    {
        History(state, actor, now).Add(RecurringInvoiceRecords.Entity, Id(number), "resumed", "status", RecurringStatuses.Paused, RecurringStatuses.Active);
        (state.PausedReason, state.PausedAt, state.FailureStreakKind, state.FailureStreak) = (null, null, null, 0);
        state.Version++;
        RecurringInvoiceRecords.Project(state, number);
    }

    private static void Pause(RecurringInvoiceState state, long number, string reason, Caller actor, DateTimeOffset now)
    {
        (state.PausedReason, state.PausedAt) = (reason, now);
        History(state, actor, now).Add(RecurringInvoiceRecords.Entity, Id(number), "paused", "status", RecurringStatuses.Active, $"{RecurringStatuses.Paused}: {reason}");
        Tell(state, number, now, PausedNotice, $"Recurring invoice {number} paused", reason, null);
        RecurringInvoiceRecords.Project(state, number);
    }

    private static void Tell(RecurringInvoiceState state, long number, DateTimeOffset now, string kind, string title, string body, int? occurrence)
    {
        // The person who set the recurring invoice up is the office's contact for it; nobody when the system made it.
        if (state.CreatedById.Length == 0 || state.CreatedById == Caller.SystemUserId)
        {
            return;
        }

        var data = new Notifications.NotificationPayload { RecurringInvoiceId = number, CustomerId = state.CustomerId, Occurrence = occurrence };
        state.Outbox.Notify(now, state.CreatedById, kind, title, body, data);
    }

    private static Outbox.HistoryRecorder History(RecurringInvoiceState state, Caller actor, DateTimeOffset now) =>
        state.Outbox.HistoryOf(actor, now, "customer", state.CustomerId.ToString(CultureInfo.InvariantCulture));

    private static string Id(long number) => number.ToString(CultureInfo.InvariantCulture);
}

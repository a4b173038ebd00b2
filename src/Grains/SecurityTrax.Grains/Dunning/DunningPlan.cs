using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Dunning;

/// <summary>
/// When a case's notices and retries fall: at 02:00 company time (as recurring charges do) on the due date plus each
/// retry's days, and the notice <c>NoticeDaysBefore</c> days before, each local time turned into its one instant by
/// <see cref="WallClock"/> (DST-correct).
/// </summary>
public static class DunningPlan
{
    public static DateOnly RetryDate(DunningCase c, int index) => c.DueDate.AddDays(c.RetryDays[index]);

    public static DateTimeOffset RetryAt(DunningCase c, int index) => At(c, RetryDate(c, index));

    public static DateTimeOffset NoticeAt(DunningCase c, int index) => At(c, RetryDate(c, index).AddDays(-c.NoticeDaysBefore));

    public static bool HasScheduledRetry(DunningCase c) => c.ScheduledDone < c.RetryDays.Length;

    public static DateOnly? NextRetryOn(DunningCase c) =>
        c.Status == DunningStatus.Active && HasScheduledRetry(c) ? RetryDate(c, c.ScheduledDone) : null;

    /// <summary>The notice of the next scheduled retry is due (and not sent yet).</summary>
    public static bool NoticeDue(DunningCase c, DateTimeOffset now) =>
        c.Status == DunningStatus.Active && HasScheduledRetry(c) && c.NoticesSent <= c.ScheduledDone && NoticeAt(c, c.ScheduledDone) <= now;

    public static bool RetryDue(DunningCase c, DateTimeOffset now) =>
        c.Status == DunningStatus.Active && HasScheduledRetry(c) && RetryAt(c, c.ScheduledDone) <= now;

    public static InvoiceDunning View(DunningCase c) => new(c.InvoiceId, c.Status, c.Attempts, NextRetryOn(c), c.LastResult);

    private static DateTimeOffset At(DunningCase c, DateOnly date) =>
        WallClock.ToInstant(date, RecurrenceSchedule.DueTime, TimeZoneInfo.FindSystemTimeZoneById(c.TimeZone));
}

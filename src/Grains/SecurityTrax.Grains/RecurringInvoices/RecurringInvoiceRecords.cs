using System.Globalization;
using System.Text.Json;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;

namespace SecurityTrax.RecurringInvoices;

/// <summary>What a recurring invoice records and shows: history, its list row, its details and the copy each invoice takes.</summary>
public static class RecurringInvoiceRecords
{
    public const string Entity = "recurring_invoice";

    public static InvoiceTotals Totals(RecurringInvoiceState state) =>
        InvoiceMath.Totals(InvoiceType.Invoice, false, state.Lines.Select(l => (l.Amount, l.Tax)), 0m);

    /// <summary>"every month", "every 2 weeks".</summary>
    public static string Describe(RecurrenceRule rule)
    {
        var unit = rule.Unit.ToString().ToLowerInvariant().TrimEnd('s');
        return rule.Interval == 1 ? $"every {unit}" : string.Create(CultureInfo.InvariantCulture, $"every {rule.Interval} {unit}s");
    }

    public static void Created(RecurringInvoiceState state, long number, Caller actor, DateTimeOffset now)
    {
        var history = History(state, actor, now);
        var id = Id(number);
        history.Add(Entity, id, "created", "amount", null, InvoiceChanges.Money(Totals(state).GrandTotal));
        history.Add(Entity, id, "created", "schedule", null,
            string.Create(CultureInfo.InvariantCulture, $"{Describe(state.Schedule)}, {state.Schedule.Count} times from {InvoiceChanges.Date(state.Schedule.FirstDate)}"));
        if (state.BillingMethodId is { } method)
        {
            history.Add(Entity, id, "created", "billingMethod", null, method);
        }

        Project(state, number);
    }

    public static void Deleted(RecurringInvoiceState state, long number, Caller actor, DateTimeOffset now)
    {
        History(state, actor, now).Add(Entity, Id(number), "deleted", "remaining", Remaining(state).ToString(CultureInfo.InvariantCulture), "0");
        Project(state, number);
    }

    /// <summary>Stopped because what it depends on is removed: the customer, or the billing method it names.</summary>
    public static void Stopped(RecurringInvoiceState state, long number, string reason, Caller actor, DateTimeOffset now)
    {
        History(state, actor, now).Add(Entity, Id(number), "stopped", "remaining", Remaining(state).ToString(CultureInfo.InvariantCulture), $"0: {reason}");
        Project(state, number);
    }

    /// <summary>A button added a line to the template: the line and the new amount, in the customer's history.</summary>
    public static void LineAdded(RecurringInvoiceState state, long number, InvoiceLine line, decimal amountBefore, Caller actor, DateTimeOffset now)
    {
        var history = History(state, actor, now);
        history.Add(Entity, Id(number), "line_added", InvoiceChanges.LineField(line), null, InvoiceChanges.Line(line));
        history.Add(Entity, Id(number), "line_added", "amount", InvoiceChanges.Money(amountBefore), InvoiceChanges.Money(Totals(state).GrandTotal));
        Project(state, number);
    }

    /// <summary>A one-time item marked, unmarked, put on invoice N or dropped with the reason, in the customer's history.</summary>
    public static void OneTime(RecurringInvoiceState state, long number, string action, string kind, string? value, Caller actor, DateTimeOffset now) =>
        History(state, actor, now).Add(Entity, Id(number), action, kind, null, value);

    public static void SwitchedToDefault(RecurringInvoiceState state, long number, string removed, Caller actor, DateTimeOffset now) =>
        History(state, actor, now).Add(Entity, Id(number), "billing_method_changed", "billingMethod", removed, "default");

    /// <summary>The named method is gone (removed without a decision, or before this rule): the default is charged, and said so.</summary>
    public static void ChargingDefault(RecurringInvoiceState state, long number, int occurrence, string note, Caller actor, DateTimeOffset now) =>
        History(state, actor, now).Add(Entity, Id(number), "billing_method_changed", "billingMethod", null,
            string.Create(CultureInfo.InvariantCulture, $"#{occurrence}: {note}"));

    /// <summary>What invoice k (0-based) is made from: sale date k of the schedule and the recurring invoice's terms and lines.</summary>
    public static RecurringCopy Copy(RecurringInvoiceState state, long number, int index, DateOnly saleDate) =>
        new(number, index + 1, state.CustomerId, new InvoiceHeader(saleDate, state.Term, state.PoNumber, state.Note), [.. state.Lines],
            state.CreatedById == Caller.SystemUserId ? null : state.CreatedById);

    public static RecurringInvoiceDetails ToDetails(RecurringInvoiceState state, long number, RecurrenceSchedule schedule, int chargesExpected)
    {
        var made = state.InvoiceNumbers.Count;
        var next = !state.Deleted && made < schedule.Count ? schedule.DateOf(made) : (DateOnly?)null;
        var invoices = state.InvoiceNumbers.Select((n, i) => new GeneratedInvoice(i + 1, n, schedule.DateOf(i)))
            .Where(g => !state.Skipped.Contains(g.Occurrence - 1))
            .ToArray();
        return new RecurringInvoiceDetails(
            number, state.CustomerId, [.. state.Lines], Totals(state), state.Term, state.PoNumber, state.Schedule, state.TimeZone,
            schedule.FinalDate, next, Remaining(state), invoices, state.EmailInvoice, state.BillingMethodId, state.EmailPaymentResult,
            state.Deleted, state.CreatedByName, state.CreatedAt, state.Version, Status(state, chargesExpected), state.PausedReason, [.. state.Failures],
            state.Note, [.. state.PendingItems]);
    }

    public static string Status(RecurringInvoiceState state, int chargesExpected) => state switch
    {
        { Deleted: true } => RecurringStatuses.Deleted,
        { PausedReason: not null } => RecurringStatuses.Paused,
        _ when state.InvoiceNumbers.Count >= state.Schedule.Count && state.Charged >= chargesExpected => RecurringStatuses.Finished,
        _ => RecurringStatuses.Active,
    };

    private static int Remaining(RecurringInvoiceState state) => state.Deleted ? 0 : state.Schedule.Count - state.InvoiceNumbers.Count;

    // The list row holds the schedule; next date and remaining count follow from it at read time, so making an invoice never rewrites it.
    public static void Project(RecurringInvoiceState state, long number) =>
        state.Outbox.Project(RecurringInvoiceRow.Kind, Id(number), state.Version, JsonSerializer.Serialize(new RecurringInvoiceRow(
            number, state.CustomerId, state.Deleted, state.Schedule.FirstDate, Totals(state).GrandTotal, state.Schedule.Interval,
            (int)state.Schedule.Unit, state.Schedule.Count, state.TimeZone, state.CreatedAt, state.PausedReason)));

    private static Outbox.HistoryRecorder History(RecurringInvoiceState state, Caller actor, DateTimeOffset now) =>
        state.Outbox.HistoryOf(actor, now, "customer", state.CustomerId.ToString(CultureInfo.InvariantCulture));

    private static string Id(long number) => number.ToString(CultureInfo.InvariantCulture);
}

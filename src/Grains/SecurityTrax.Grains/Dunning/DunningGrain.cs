using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Persistence;
using SecurityTrax.Tenants;

namespace SecurityTrax.Dunning;

/// <summary>
/// Chases one customer's invoices whose automatic charge failed: a notice before each retry, the retries on the
/// company's schedule, and past due with a ticket after the last one fails.
/// </summary>
/// <remarks>
/// One grain per customer, not per invoice: past due is a fact about the customer (cleared only when none of its
/// invoices is past due any more), and a new card of the customer retries all of them; both are then answered inside one
/// grain's state. An hourly reminder lives while a case is active (retries and notices fall at 02:00 company time).
/// </remarks>
public sealed class DunningGrain(
    [PersistentState(StorageNames.Dunning, StorageNames.Main)] IPersistentState<DunningState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    PaymentsOptions payments,
    OutboxWriter outbox,
    ILogger<DunningGrain> logger)
    : OutboxGrain<DunningState>(state, outbox, logger), IDunningGrain, IRemindable
{
    public const string ReminderName = "dunning";

    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    private DunningBook? _book;

    private DunningBook Book => _book ??= new(
        () => State, Tenant, long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture), GrainFactory, time, SaveAsync);

    private DunningRun Run => new(Book, new DunningCharges(Book), new DunningNotices(Book, payments), new DunningOutcomes(Book));

    public async Task<InvoiceDunning> StartAsync(DunningStart start)
    {
        CallerContext.Set(Book.Actor);
        if (Book.Find(start.InvoiceId) is { } known)
        {
            return DunningPlan.View(known);
        }

        var settings = await GrainFactory.GetGrain<IDunningSettingsGrain>(GrainKeys.For(Tenant, IDunningSettingsGrain.Id)).GetAsync();
        var company = await GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id)).GetAsync();
        var c = new DunningCase
        {
            InvoiceId = start.InvoiceId, DueDate = start.DueDate, TimeZone = company.TimeZone, RetryDays = [.. settings.RetryDays],
            NoticeDaysBefore = settings.NoticeDaysBefore, SendSms = settings.SendSms, MarkPastDue = settings.MarkPastDue,
            OpenTicket = settings.OpenTicket, TicketAssigneeId = settings.TicketAssigneeId, BillingMethodId = start.BillingMethodId,
            Suspend = settings.SuspendAfterFinalFailure,
            LastResult = start.Reason,
        };
        State.Cases.Add(c);
        var dates = string.Join(", ", Enumerable.Range(0, c.RetryDays.Length).Select(i => DunningPlan.RetryDate(c, i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Book.Record(c.InvoiceId, "dunning_scheduled", $"Retries on {dates}");
        await EnsureRemindingAsync();
        await SaveAsync();
        await Book.ShowAsync(c);
        return DunningPlan.View(c);
    }

    public Task InvoiceClosedAsync(long invoiceId) => AfterAsync(() => Run.ClosedAsync(invoiceId));

    public async Task BillingMethodChangedAsync()
    {
        var asked = State.Cases.Where(c => c.Status is DunningStatus.Active or DunningStatus.Failed).ToList();
        if (asked.Count == 0)
        {
            return;
        }

        asked.ForEach(c => c.RetryRequested = true);
        await SaveAsync();
        await AfterAsync(() => Run.RunAsync());
    }

    public async Task<InvoiceDunning[]> RunDueAsync()
    {
        await AfterAsync(() => Run.RunAsync());
        return await GetAsync();
    }

    public Task<InvoiceDunning[]> GetAsync() => Task.FromResult(State.Cases.Select(DunningPlan.View).ToArray());

    public Task ReceiveReminder(string reminderName, TickStatus status) => AfterAsync(() => Run.RunAsync());

    // The reminder lives while a case is active, on the whole-hour grid, so each 02:00 local time (whole-hour zones) gets its tick.
    private async Task EnsureRemindingAsync()
    {
        if (!State.Reminding)
        {
            var now = time.GetUtcNow();
            await this.RegisterOrUpdateReminder(ReminderName, Period - TimeSpan.FromTicks(now.Ticks % Period.Ticks), Period);
            State.Reminding = true;
        }
    }

    /// <summary>Runs <paramref name="work"/> as the system (whoever's change woke the grain), then drops the reminder when no case is active.</summary>
    private async Task AfterAsync(Func<Task> work)
    {
        CallerContext.Set(Book.Actor);
        await work();
        if (State.Reminding && State.Cases.All(c => c.Status != DunningStatus.Active))
        {
            if (await this.GetReminder(ReminderName) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            State.Reminding = false;
            await SaveAsync();
        }
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;

namespace SecurityTrax.Scheduling;

/// <summary>
/// The record of an appointment. Its time is owned by the technicians' calendars: a booking writes its intent here
/// first, then reserves every calendar, then commits here, then clears older bookings (docs/decisions.md).
/// </summary>
public sealed class AppointmentGrain(
    [PersistentState(StorageNames.Appointment, StorageNames.Main)] IPersistentState<AppointmentState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    ILogger<AppointmentGrain> logger)
    : OutboxGrain<AppointmentState>(state, outbox, logger), IAppointmentGrain, IRemindable
{
    // True while this activation's own reservation runs; a pending revision without it was interrupted.
    private bool _booking;

    private long Number => CalendarKeys.AppointmentNumber(GrainKeys.Parse(this.GetPrimaryKeyString()).Id);

    private string Id => Number.ToString(CultureInfo.InvariantCulture);

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    private AppointmentChecks Checks => new(GrainFactory, Tenant);

    private AppointmentBooker Booker => new(GrainFactory, Tenant, Number);

    private AppointmentReminder Reminder => new(this, GrainFactory, Tenant, Number, () => State, time);

    public async Task<BookingResult> CreateAsync(long customerId, AppointmentInput input, string? overrideReason)
    {
        if (State.Exists)
        {
            throw SecurityTraxException.Conflict($"Appointment {Number} exists.");
        }

        var customer = await GrainFactory.GetGrain<ICustomerGrain>(GrainKeys.For(Tenant, customerId.ToString(CultureInfo.InvariantCulture))).GetAsync(false);
        if (customer.Stage == CustomerStage.Lead)
        {
            throw SecurityTraxException.Conflict($"Customer {customerId} is a lead: convert it to a customer first.");
        }

        var (clean, reason) = await Checks.CheckAsync(input, customer, overrideReason, time.GetUtcNow(), creating: true);
        var (clashes, revision) = await BookAsync(clean, reason);
        if (clashes.Count > 0 && reason is null)
        {
            return new BookingResult(null, [.. clashes]);
        }

        var now = time.GetUtcNow();
        State.Exists = true;
        State.CustomerId = customerId;
        State.CustomerName = customer.DisplayName;
        State.Status = AppointmentStatus.Scheduled;
        State.CreatedAt = now;
        var history = History(now);
        history.Changes("appointment", Id, "created", AppointmentChanges.Of(null, clean));
        history.Add("appointment", Id, "created", "status", null, AppointmentFlow.Name(AppointmentStatus.Scheduled));
        return new BookingResult(await CommitBookingAsync(clean, revision, clashes, reason, history, now), [.. clashes]);
    }

    public Task<AppointmentDetails> GetAsync()
    {
        EnsureExists();
        return Task.FromResult(ToDetails());
    }

    public async Task<BookingResult> RescheduleAsync(AppointmentInput input, int expectedVersion, string? overrideReason)
    {
        EnsureVersion(expectedVersion);
        if (!AppointmentFlow.CanReschedule(State.Status))
        {
            throw SecurityTraxException.Conflict($"Appointment {Number} is {AppointmentFlow.Name(State.Status)}; only scheduled or dispatched appointments change.");
        }

        var customer = await GrainFactory.GetGrain<ICustomerGrain>(GrainKeys.For(Tenant, State.CustomerId.ToString(CultureInfo.InvariantCulture))).GetAsync(false);
        var (clean, reason) = await Checks.CheckAsync(input, customer, overrideReason, time.GetUtcNow(), creating: false);
        var (clashes, revision) = await BookAsync(clean, reason);
        if (clashes.Count > 0 && reason is null)
        {
            return new BookingResult(null, [.. clashes]);
        }

        var now = time.GetUtcNow();
        var history = History(now);
        var moved = clean.Start != State.Booking!.Start || clean.End != State.Booking.End;
        history.Changes("appointment", Id, moved ? "moved" : "updated", AppointmentChanges.Of(State.Booking, clean));
        return new BookingResult(await CommitBookingAsync(clean, revision, clashes, reason, history, now), [.. clashes]);
    }

    public async Task<AppointmentDetails> SetStatusAsync(AppointmentStatus status, string? reason, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        if (!Enum.IsDefined(status))
        {
            throw SecurityTraxException.Invalid("status", "Use scheduled, dispatched, en_route, on_site, completed, cancelled or no_show.");
        }

        if (status == State.Status)
        {
            return ToDetails();
        }

        if (!AppointmentFlow.Allows(State.Status, status))
        {
            var next = string.Join(", ", AppointmentFlow.From(State.Status).Select(AppointmentFlow.Name));
            throw SecurityTraxException.Conflict(
                $"Appointment {Number} is {AppointmentFlow.Name(State.Status)}; it can become {(next.Length == 0 ? "nothing else" : next)}.");
        }

        var errors = new List<FieldError>();
        var why = FieldChecks.Text(errors, "reason", reason, 500, required: status == AppointmentStatus.Cancelled);
        SecurityTraxException.ThrowIfAny(errors);

        var now = time.GetUtcNow();
        var history = History(now);
        history.Add("appointment", Id, status == AppointmentStatus.Cancelled ? "cancelled" : "status_changed", "status",
            AppointmentFlow.Name(State.Status), AppointmentFlow.Name(status));
        if (why is not null)
        {
            history.Add("appointment", Id, "status_changed", "reason", null, why);
        }

        State.Status = status;
        State.CancelReason = status == AppointmentStatus.Cancelled ? why : State.CancelReason;
        var details = await CommitAsync(now, AppointmentNotices.StatusChanged(State, Number, Actor, now));
        if (status == AppointmentStatus.Cancelled)
        {
            // Saved first: a crash here leaves bookings a cancelled appointment no longer stands behind, released when met.
            await Booker.KeepOnlyAsync(State.Booking, null);
        }

        return details;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Reminder.FireAsync();

    public Task<bool> HoldsAsync(int revision) => Task.FromResult(
        (State.Exists && State.Status != AppointmentStatus.Cancelled && State.Revision == revision)
        || (_booking && State.PendingRevision == revision));

    // Working hours and time off first (nothing to undo), then the calendars, with the intent saved before the first one.
    private async Task<(List<AppointmentClash> Clashes, int Revision)> BookAsync(AppointmentInput target, string? overrideReason)
    {
        await ReleaseInterruptedAsync();
        var force = overrideReason is not null;
        var clashes = await Booker.AvailabilityAsync(target);
        if (clashes.Count > 0 && !force)
        {
            return (clashes, 0);
        }

        var revision = ++State.LastRevision;
        State.PendingRevision = revision;
        State.Pending = target;
        _booking = true;
        try
        {
            await SaveAsync();
            clashes.AddRange(await Booker.ReserveAsync(target, revision, force));
            if (clashes.Count > 0 && !force)
            {
                _booking = false;
                State.PendingRevision = null;
                State.Pending = null;
                await SaveAsync();
            }
        }
        catch
        {
            // Whatever was reserved stays pending in the stored state, released by the next booking or when met.
            _booking = false;
            throw;
        }

        return (clashes, revision);
    }

    private async Task ReleaseInterruptedAsync()
    {
        if (State.PendingRevision is { } revision && State.Pending is { } pending)
        {
            await Booker.ReleaseAsync(pending, revision);
            State.PendingRevision = null;
            State.Pending = null;
            await SaveAsync();
        }
    }

    private async Task<AppointmentDetails> CommitBookingAsync(
        AppointmentInput clean, int revision, List<AppointmentClash> clashes, string? overrideReason, HistoryRecorder history, DateTimeOffset now)
    {
        AppointmentChanges.Overridden(history, Id, overrideReason, clashes);
        var previous = State.Booking;
        State.Booking = clean;
        State.Revision = revision;
        State.PendingRevision = null;
        State.Pending = null;
        try
        {
            var details = await CommitAsync(now, AppointmentNotices.Booked(State, Number, previous, Actor, now));
            await Booker.KeepOnlyAsync(previous, revision);
            return details;
        }
        finally
        {
            _booking = false;
        }
    }

    private HistoryRecorder History(DateTimeOffset now) =>
        State.Outbox.HistoryOf(Actor, now, "customer", State.CustomerId.ToString(CultureInfo.InvariantCulture));

    // The technicians' notices ride in the outbox with the change; the customer's viewers hear of it only once it is saved.
    private async Task<AppointmentDetails> CommitAsync(DateTimeOffset now, string? liveKind)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.Project(AppointmentRow.Kind, Id, State.Version, JsonSerializer.Serialize(AppointmentRow.Of(Number, State)));
        await Reminder.ArmAsync();
        await SaveAsync();
        await Reminder.DropIfEndedAsync();
        await AppointmentNotices.PublishAsync(GrainFactory, Tenant, State, Number, liveKind, Actor, now);
        return ToDetails();
    }

    private AppointmentDetails ToDetails() => AppointmentRow.Details(Number, State);

    private void EnsureExists() => _ = State.Exists ? 0 : throw SecurityTraxException.NotFound($"Appointment {Number}");

    private void EnsureVersion(int expected)
    {
        EnsureExists();
        if (expected != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expected, State.Version);
        }
    }
}

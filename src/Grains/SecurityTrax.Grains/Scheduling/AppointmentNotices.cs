using System.Globalization;
using SecurityTrax.Identity;
using SecurityTrax.Notifications;

namespace SecurityTrax.Scheduling;

/// <summary>
/// Who hears of an appointment change: each technician concerned in their inbox (and live), never the person who made
/// it; and, live only, everyone viewing the customer. Answers the customer event to publish once the change is saved.
/// </summary>
public static class AppointmentNotices
{
    public const string Assigned = "appointment.assigned";
    public const string Changed = "appointment.changed";
    public const string Cancelled = "appointment.cancelled";

    /// <summary>
    /// A booking made or changed: added technicians are assigned, removed ones hear it is cancelled for them, kept ones
    /// that it changed (only when something did). The customer's viewers hear "assigned" for a new appointment.
    /// </summary>
    public static string? Booked(AppointmentState state, long number, AppointmentInput? before, Caller actor, DateTimeOffset now)
    {
        var after = state.Booking!;
        var old = before?.TechnicianIds ?? [];
        var changed = before is not null && !Same(before, after);
        Tell(state, number, after.TechnicianIds.Except(old), actor, now, Assigned, "New appointment");
        Tell(state, number, old.Except(after.TechnicianIds), actor, now, Cancelled, "Appointment taken off your schedule");
        if (changed)
        {
            Tell(state, number, after.TechnicianIds.Intersect(old), actor, now, Changed, "Appointment changed");
        }

        return before is null ? Assigned : changed ? Changed : null;
    }

    /// <summary>A status change: cancelled tells every technician it is cancelled, anything else that it changed.</summary>
    public static string StatusChanged(AppointmentState state, long number, Caller actor, DateTimeOffset now)
    {
        var cancelled = state.Status == AppointmentStatus.Cancelled;
        var kind = cancelled ? Cancelled : Changed;
        Tell(state, number, state.Booking!.TechnicianIds, actor, now, kind, cancelled ? "Appointment cancelled" : $"Appointment {AppointmentFlow.Name(state.Status)}");
        return kind;
    }

    /// <summary>Live only, once the change is saved: a viewer who missed it reloads the customer, so an unreachable hub is not an error.</summary>
    public static async Task PublishAsync(
        IGrainFactory grains, string tenant, AppointmentState state, long number, string? kind, Caller actor, DateTimeOffset now)
    {
        if (kind is null)
        {
            return;
        }

        try
        {
            await grains.GetGrain<INotificationPublisherGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id))
                .PublishCustomerEventAsync(new CustomerEvent(tenant, state.CustomerId, kind, Payload(state, number, actor), now));
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            // The change is saved and the technicians' inbox copies are in its outbox; only this live hint is lost.
        }
    }

    private static void Tell(
        AppointmentState state, long number, IEnumerable<string> users, Caller actor, DateTimeOffset now, string kind, string title)
    {
        var b = state.Booking!;
        var when = b.Start.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        foreach (var user in users.Where(u => u != actor.UserId).Distinct())
        {
            state.Outbox.Notify(now, user, kind, $"{title}: {b.Type} for {state.CustomerName}", when, Payload(state, number, actor));
        }
    }

    private static NotificationPayload Payload(AppointmentState state, long number, Caller actor) => new()
    {
        AppointmentId = number,
        CustomerId = state.CustomerId,
        CustomerName = state.CustomerName,
        Start = state.Booking!.Start,
        End = state.Booking.End,
        Type = state.Booking.Type,
        Status = AppointmentFlow.Name(state.Status),
        Reason = state.Status == AppointmentStatus.Cancelled ? state.CancelReason : null,
        By = actor.UserName,
    };

    private static bool Same(AppointmentInput a, AppointmentInput b) =>
        a.Type == b.Type && a.Start == b.Start && a.End == b.End && a.ArrivalWindow == b.ArrivalWindow
        && a.TechnicianIds.SequenceEqual(b.TechnicianIds) && Equals(a.Address, b.Address) && a.Notes == b.Notes
        && a.TicketId == b.TicketId && a.InvoiceIds.SequenceEqual(b.InvoiceIds);
}

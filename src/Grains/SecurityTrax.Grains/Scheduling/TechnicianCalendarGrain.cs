using SecurityTrax.Persistence;

namespace SecurityTrax.Scheduling;

/// <summary>
/// One technician's bookings for one UTC week. Non-reentrant: the overlap check and the booking happen in one turn,
/// so of two requests for the same time exactly one gets it. Several revisions of one appointment may be held at once
/// while it moves; they never clash with each other.
/// </summary>
public sealed class TechnicianCalendarGrain(
    [PersistentState(StorageNames.TechnicianCalendar, StorageNames.Main)] IPersistentState<TechnicianCalendarState> state)
    : Grain, ITechnicianCalendarGrain
{
    private List<CalendarBooking> Bookings => state.State.Bookings;

    public async Task<CalendarBooking[]> ReserveAsync(CalendarBooking booking, bool force)
    {
        var clashes = Bookings
            .Where(b => b.AppointmentId != booking.AppointmentId && b.Start < booking.End && booking.Start < b.End)
            .OrderBy(b => b.Start)
            .ToArray();
        if (clashes.Length > 0 && !force)
        {
            return clashes;
        }

        if (!Bookings.Contains(booking))
        {
            Bookings.RemoveAll(b => b.AppointmentId == booking.AppointmentId && b.Revision == booking.Revision);
            Bookings.Add(booking);
            await state.WriteStateAsync();
        }

        return clashes;
    }

    public Task ReleaseAsync(long appointmentId, int revision) =>
        RemoveAsync(b => b.AppointmentId == appointmentId && b.Revision == revision);

    public Task KeepOnlyAsync(long appointmentId, int? revision) =>
        RemoveAsync(b => b.AppointmentId == appointmentId && b.Revision != revision);

    public Task<CalendarBooking[]> ListAsync() => Task.FromResult(Bookings.OrderBy(b => b.Start).ToArray());

    private async Task RemoveAsync(Predicate<CalendarBooking> match)
    {
        if (Bookings.RemoveAll(match) > 0)
        {
            await state.WriteStateAsync();
        }
    }
}

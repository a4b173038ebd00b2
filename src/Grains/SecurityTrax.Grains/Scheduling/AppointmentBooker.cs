namespace SecurityTrax.Scheduling;

/// <summary>
/// Reserves an appointment's time in every calendar it touches (each technician × each UTC week), all or nothing.
/// A booking another appointment no longer stands behind (left by an interrupted reservation, a move or a cancel whose
/// clean-up did not finish) is released when a reservation meets it, after asking that appointment.
/// </summary>
public sealed class AppointmentBooker(IGrainFactory grains, string tenant, long appointmentId)
{
    public async Task<List<AppointmentClash>> AvailabilityAsync(AppointmentInput target)
    {
        var clashes = new List<AppointmentClash>();
        foreach (var technician in target.TechnicianIds)
        {
            clashes.AddRange(await grains.GetGrain<ITechnicianGrain>(GrainKeys.For(tenant, CalendarKeys.Technician(technician)))
                .CheckAvailabilityAsync(target.Start, target.End));
        }

        return clashes;
    }

    /// <summary>Reserves every calendar; on a clash without <paramref name="force"/> releases what it took and answers the clashes.</summary>
    public async Task<List<AppointmentClash>> ReserveAsync(AppointmentInput target, int revision, bool force)
    {
        var booking = new CalendarBooking(appointmentId, revision, target.Start, target.End);
        var clashes = new List<AppointmentClash>();
        var taken = new List<ITechnicianCalendarGrain>();
        foreach (var (technician, calendar) in Calendars(target))
        {
            var held = await ReserveVerifiedAsync(calendar, booking, force);
            clashes.AddRange(held.Select(h => new AppointmentClash(
                technician, ClashKind.Appointment, h.AppointmentId, h.Start, h.End, "Booked for another appointment.")));
            if (held.Count == 0 || force)
            {
                taken.Add(calendar);
            }
            else
            {
                break;
            }
        }

        if (clashes.Count > 0 && !force)
        {
            foreach (var calendar in taken)
            {
                await calendar.ReleaseAsync(appointmentId, revision);
            }
        }

        return clashes;
    }

    public async Task ReleaseAsync(AppointmentInput target, int revision)
    {
        foreach (var (_, calendar) in Calendars(target))
        {
            await calendar.ReleaseAsync(appointmentId, revision);
        }
    }

    /// <summary>Leaves only <paramref name="revision"/>'s bookings (none when null) in the calendars of <paramref name="booking"/>.</summary>
    public async Task KeepOnlyAsync(AppointmentInput? booking, int? revision)
    {
        if (booking is null)
        {
            return;
        }

        foreach (var (_, calendar) in Calendars(booking))
        {
            await calendar.KeepOnlyAsync(appointmentId, revision);
        }
    }

    private async Task<List<CalendarBooking>> ReserveVerifiedAsync(ITechnicianCalendarGrain calendar, CalendarBooking booking, bool force)
    {
        // A round that meets only stray bookings releases them and asks again; strays that keep coming back count as clashes.
        var strays = new List<CalendarBooking>();
        for (var round = 0; round < 3; round++)
        {
            var held = await calendar.ReserveAsync(booking, force);
            var real = new List<CalendarBooking>();
            strays = [];
            foreach (var other in held)
            {
                var holds = await grains.GetGrain<IAppointmentGrain>(GrainKeys.For(tenant, CalendarKeys.Appointment(other.AppointmentId))).HoldsAsync(other.Revision);
                (holds ? real : strays).Add(other);
            }

            foreach (var stray in strays)
            {
                await calendar.ReleaseAsync(stray.AppointmentId, stray.Revision);
            }

            if (strays.Count == 0 || real.Count > 0 || force)
            {
                return real;
            }
        }

        return strays;
    }

    // Ordered, so two multi-technician bookings ask shared calendars in the same order.
    private IEnumerable<(string Technician, ITechnicianCalendarGrain Calendar)> Calendars(AppointmentInput target) =>
        from technician in target.TechnicianIds.Order(StringComparer.Ordinal)
        from week in CalendarKeys.WeeksOf(target.Start, target.End)
        select (technician, grains.GetGrain<ITechnicianCalendarGrain>(GrainKeys.For(tenant, CalendarKeys.Id(technician, week))));
}

namespace SecurityTrax.Scheduling;

/// <summary>
/// Owns one technician's bookings of one UTC week (key <see cref="CalendarKeys.Id"/>): the overlap check and the booking are one turn,
/// so two dispatchers racing for one slot cannot both get it. Only appointment grains book; the gateway has no endpoint that reaches it.
/// </summary>
[Alias("SecurityTrax.ITechnicianCalendarGrain")]
public interface ITechnicianCalendarGrain : Identity.ITenantGrain
{
    /// <summary>Books the time unless other appointments hold part of it; answers those clashes (booked anyway when <paramref name="force"/>).</summary>
    [Alias("Reserve")]
    Task<CalendarBooking[]> ReserveAsync(CalendarBooking booking, bool force);

    /// <summary>Drops one revision's booking of the appointment, if held.</summary>
    [Alias("Release")]
    Task ReleaseAsync(long appointmentId, int revision);

    /// <summary>Drops every booking of the appointment except <paramref name="revision"/>'s (all of them when it is null).</summary>
    [Alias("KeepOnly")]
    Task KeepOnlyAsync(long appointmentId, int? revision);

    [Alias("List")]
    Task<CalendarBooking[]> ListAsync();
}

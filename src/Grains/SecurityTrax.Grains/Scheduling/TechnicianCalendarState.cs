namespace SecurityTrax.Scheduling;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class TechnicianCalendarState
{
    public List<CalendarBooking> Bookings { get; set; } = [];
}

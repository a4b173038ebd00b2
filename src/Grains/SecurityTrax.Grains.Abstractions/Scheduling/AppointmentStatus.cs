namespace SecurityTrax.Scheduling;

public enum AppointmentStatus
{
    Scheduled = 0,
    Dispatched = 1,
    EnRoute = 2,
    OnSite = 3,
    Completed = 4,
    Cancelled = 5,
    NoShow = 6,
}

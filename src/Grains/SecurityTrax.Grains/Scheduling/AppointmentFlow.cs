namespace SecurityTrax.Scheduling;

/// <summary>The allowed status changes: forward along the visit, back one step before the technician leaves, and the three ends.</summary>
public static class AppointmentFlow
{
    private static readonly Dictionary<AppointmentStatus, AppointmentStatus[]> Next = new()
    {
        [AppointmentStatus.Scheduled] = [AppointmentStatus.Dispatched, AppointmentStatus.Cancelled, AppointmentStatus.NoShow],
        [AppointmentStatus.Dispatched] = [AppointmentStatus.Scheduled, AppointmentStatus.EnRoute, AppointmentStatus.Cancelled, AppointmentStatus.NoShow],
        [AppointmentStatus.EnRoute] = [AppointmentStatus.OnSite, AppointmentStatus.Cancelled, AppointmentStatus.NoShow],
        [AppointmentStatus.OnSite] = [AppointmentStatus.Completed, AppointmentStatus.Cancelled],
        [AppointmentStatus.Completed] = [],
        [AppointmentStatus.Cancelled] = [],
        [AppointmentStatus.NoShow] = [],
    };

    public static bool Allows(AppointmentStatus from, AppointmentStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<AppointmentStatus> From(AppointmentStatus from) => Next[from];

    /// <summary>Times and technicians change only before anyone is on the way.</summary>
    public static bool CanReschedule(AppointmentStatus status) => status is AppointmentStatus.Scheduled or AppointmentStatus.Dispatched;

    public static AppointmentStatus Parse(string name) =>
        Enum.GetValues<AppointmentStatus>().First(s => Name(s) == name);

    public static string Name(AppointmentStatus status) => status switch
    {
        AppointmentStatus.EnRoute => "en_route",
        AppointmentStatus.OnSite => "on_site",
        AppointmentStatus.NoShow => "no_show",
        _ => status.ToString().ToLowerInvariant(),
    };
}

namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>
/// The moves the API allows from each status (README, scheduling): forward one step, dispatched back to scheduled,
/// cancel before completed, no-show before on site. The console offers only these, so no button answers 409.
/// </summary>
public static class AppointmentStates
{
    public static readonly string[] All = ["scheduled", "dispatched", "en_route", "on_site", "completed", "cancelled", "no_show"];

    public static IReadOnlyList<string> Next(string status) => status switch
    {
        "scheduled" => ["dispatched", "cancelled", "no_show"],
        "dispatched" => ["en_route", "scheduled", "cancelled", "no_show"],
        "en_route" => ["on_site", "cancelled", "no_show"],
        "on_site" => ["completed", "cancelled"],
        _ => [],
    };

    /// <summary>Only scheduled and dispatched appointments are moved or edited.</summary>
    public static bool CanReschedule(string status) => status is "scheduled" or "dispatched";

    /// <summary>The button that moves an appointment to <paramref name="status"/>.</summary>
    public static string Action(string status) => status switch
    {
        "scheduled" => "Back to scheduled",
        "dispatched" => "Dispatch",
        "en_route" => "En route",
        "on_site" => "On site",
        "completed" => "Complete",
        "cancelled" => "Cancel appointment",
        "no_show" => "No-show",
        _ => status,
    };

    /// <summary>The status as a person reads it (en_route → en route).</summary>
    public static string Label(string status) => status.Replace('_', ' ');
}

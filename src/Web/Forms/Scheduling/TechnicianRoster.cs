using System.Globalization;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Api.Scheduling;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>
/// The company's technicians and its time zone, both from the company's day (<c>GET /api/v1/schedule/day</c>): one call,
/// and no need to list users. With only <c>schedule.view_own</c> that answer holds just the caller's own row.
/// </summary>
public sealed record TechnicianRoster(Technician[] Technicians, ScheduleZone Zone)
{
    public string NameOf(long userId) =>
        Technicians.FirstOrDefault(t => t.UserId == userId)?.Name ?? $"user {userId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The day's technicians in its order (by name), with their working hours on the day's weekday.</summary>
    public static TechnicianRoster From(CompanyDay day) =>
        new([.. day.Technicians.Select(t => new Technician(t.TechnicianId, t.Name, t.WorkingHours ?? [], day.TimeZone))], new ScheduleZone(day.TimeZone));

    /// <summary>The roster as of today; a problem reading the day gives an empty roster in UTC, with the problem.</summary>
    public static async Task<(TechnicianRoster Roster, Problem? Problem)> LoadAsync(ApiClient api)
    {
        var day = await api.GetAsync<CompanyDay>("api/v1/schedule/day");
        return day.Value is { } value ? (From(value), null) : (new TechnicianRoster([], new ScheduleZone(null)), day.Problem);
    }
}

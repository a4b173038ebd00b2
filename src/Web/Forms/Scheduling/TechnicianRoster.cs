using System.Globalization;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Api.Scheduling;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>
/// The company's technicians and its time zone. The API has no list of technicians yet, so the roster is the users
/// (<c>users.view</c>) whose technician record answers; a user who may not list users, or who sees only their own
/// schedule, gets themselves (when a technician). The zone comes from a technician's record, else the settings.
/// </summary>
public sealed record TechnicianRoster(Technician[] Technicians, ScheduleZone Zone)
{
    public string NameOf(long userId) =>
        Technicians.FirstOrDefault(t => t.UserId == userId)?.Name ?? $"user {userId.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<TechnicianRoster> LoadAsync(ApiClient api, AuthSession session)
    {
        var me = session.Me!;
        long[] candidates = long.TryParse(me.UserId, out var self) ? [self] : [];
        if (me.Has("schedule.view") && me.Has("users.view") && (await api.GetAsync<UserSummary[]>("api/v1/users")).Value is { } users)
        {
            candidates = [.. users.Select(u => u.Id)];
        }

        var answers = await Task.WhenAll(candidates.Select(id => api.GetAsync<Technician>($"api/v1/technicians/{id}")));
        var technicians = answers.Where(a => a.Value is not null).Select(a => a.Value!).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToArray();
        var zone = technicians.FirstOrDefault()?.TimeZone;
        if (zone is null && me.Has("settings.view"))
        {
            zone = (await api.GetAsync<Api.Settings.CompanySettings>("api/v1/settings")).Value?.TimeZone;
        }

        return new TechnicianRoster(technicians, new ScheduleZone(zone));
    }
}

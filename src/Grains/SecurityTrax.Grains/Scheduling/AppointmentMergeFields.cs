using System.Globalization;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Tenants;

namespace SecurityTrax.Scheduling;

/// <summary>The appointment.* merge fields of one appointment, in the company's time zone and culture.</summary>
public static class AppointmentMergeFields
{
    public static async Task<Dictionary<string, string>> ForAsync(IGrainFactory grains, string tenant, AppointmentInput booking)
    {
        var settings = await grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(tenant, ITenantSettingsGrain.Id)).GetAsync();
        var names = new List<string>();
        foreach (var id in booking.TechnicianIds)
        {
            names.Add((await grains.GetGrain<ITechnicianGrain>(GrainKeys.For(tenant, CalendarKeys.Technician(id))).GetAsync()).Name);
        }

        return For(booking, names, settings);
    }

    public static Dictionary<string, string> For(AppointmentInput booking, IReadOnlyList<string> technicianNames, TenantSettingsDetails settings)
    {
        var culture = CultureInfo.GetCultureInfo(settings.Culture);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out var found) ? found : TimeZoneInfo.FindSystemTimeZoneById(TenantSettingsRules.DefaultTimeZone);
        var start = WallClock.LocalAt(booking.Start, zone);
        var end = WallClock.LocalAt(booking.End, zone);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["appointment.type"] = booking.Type,
            ["appointment.date"] = start.ToString("D", culture),
            ["appointment.time"] = start.ToString("t", culture),
            ["appointment.window"] = $"{start.ToString("t", culture)} – {end.ToString("t", culture)}",
            ["appointment.technicians"] = string.Join(", ", technicianNames),
            ["appointment.address"] = booking.Address?.ToString() ?? "",
        };
    }
}

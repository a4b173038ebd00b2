using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>
/// The company's day in its time zone (<c>from</c>–<c>to</c> are its midnights as instants: 23 or 25 hours on a DST
/// change), every technician with the appointments that touch the day, by start.
/// </summary>
public sealed record CompanyDayResponse(DateOnly Date, string TimeZone, DateTimeOffset From, DateTimeOffset To, TechnicianDayResponse[] Technicians)
{
    public static CompanyDayResponse Of(CompanyDay day) =>
        new(day.Date, day.TimeZone, day.From, day.To, [.. day.Technicians.Select(TechnicianDayResponse.From)]);
}

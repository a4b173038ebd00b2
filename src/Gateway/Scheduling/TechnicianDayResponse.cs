using SecurityTrax.Gateway.Users;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>One technician's row of the company's day (possibly without appointments).</summary>
public sealed record TechnicianDayResponse(long TechnicianId, string Name, AppointmentSummaryResponse[] Items)
{
    public static TechnicianDayResponse From(TechnicianDay day) =>
        new(UserIds.Of(day.TechnicianId), day.Name, [.. day.Items.Select(AppointmentSummaryResponse.From)]);
}

using SecurityTrax.Gateway.Users;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>
/// One technician's row of the company's day (possibly without appointments), with their working hours on that weekday
/// (empty: no hours kept that day).
/// </summary>
public sealed record TechnicianDayResponse(long TechnicianId, string Name, AppointmentSummaryResponse[] Items, WorkingHoursDto[] WorkingHours)
{
    public static TechnicianDayResponse From(TechnicianDay day) =>
        new(UserIds.Of(day.TechnicianId), day.Name, [.. day.Items.Select(AppointmentSummaryResponse.From)], [.. (day.WorkingHours ?? []).Select(WorkingHoursDto.From)]);
}

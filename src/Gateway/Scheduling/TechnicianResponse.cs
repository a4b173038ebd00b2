using SecurityTrax.Gateway.Users;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>A technician; working hours and time-off dates are read in <see cref="TimeZone"/>, the company's.</summary>
public sealed record TechnicianResponse(
    long UserId, string Name, string[] Skills, string? Notes, WorkingHoursDto[] WorkingHours, TimeOffResponse[] TimeOff, string TimeZone)
{
    public static TechnicianResponse From(TechnicianDetails t) => new(
        UserIds.Of(t.UserId), t.Name, t.Skills, t.Notes,
        [.. t.WorkingHours.Select(WorkingHoursDto.From)],
        [.. t.TimeOff.Select(o => new TimeOffResponse(o.Id, o.From, o.To, o.Reason))],
        t.TimeZone);
}

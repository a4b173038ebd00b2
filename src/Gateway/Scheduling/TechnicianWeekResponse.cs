using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>A technician's week, Monday to Sunday in the company's time zone, appointments by start.</summary>
public sealed record TechnicianWeekResponse(long TechnicianId, DateOnly Monday, DateOnly Sunday, string TimeZone, AppointmentSummaryResponse[] Items)
{
    public static TechnicianWeekResponse From(long technicianId, TechnicianWeek week) =>
        new(technicianId, week.Monday, week.Sunday, week.TimeZone, [.. week.Items.Select(AppointmentSummaryResponse.From)]);
}

using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>The company's scheduling settings: reminder lead time in hours (0: no reminders) and its template.</summary>
public sealed record ScheduleSettingsResponse(int ReminderLeadHours, int? ReminderTemplateId)
{
    public static ScheduleSettingsResponse From(ScheduleSettings s) => new(s.ReminderLeadHours ?? 0, s.ReminderTemplateId);
}

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>
/// Changes the customer reminder: hours before the start (1–168, 0 for no reminders) and the company template it is
/// sent from (its channel, email or SMS, is the reminder's). Members left out keep their values.
/// </summary>
public sealed record ScheduleSettingsRequest(int? ReminderLeadHours, int? ReminderTemplateId);

namespace SecurityTrax.Scheduling;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class ScheduleSettingsState
{
    public int? ReminderLeadHours { get; set; }

    public int? ReminderTemplateId { get; set; }

    public int Version { get; set; }
}

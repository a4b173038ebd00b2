using SecurityTrax.Identity;

namespace SecurityTrax.Scheduling;

/// <summary>The company's scheduling settings (customer reminders); key <c>{tenant}/schedule-settings</c>.</summary>
[Alias("SecurityTrax.IScheduleSettingsGrain")]
public interface IScheduleSettingsGrain : ITenantGrain
{
    public const string Id = "schedule-settings";

    /// <summary>The most hours ahead a reminder can go: a week.</summary>
    public const int MaxLeadHours = 168;

    [Alias("Get")]
    Task<ScheduleSettings> GetAsync();

    /// <summary>Replaces the settings; <see cref="ScheduleSettings.Version"/> of the input is ignored.</summary>
    [Alias("Set")]
    Task<ScheduleSettings> SetAsync(ScheduleSettings settings, int expectedVersion);
}

using SecurityTrax.Errors;
using SecurityTrax.Messages;
using SecurityTrax.Persistence;

namespace SecurityTrax.Scheduling;

public sealed class ScheduleSettingsGrain(
    [PersistentState(StorageNames.ScheduleSettings, StorageNames.Main)] IPersistentState<ScheduleSettingsState> state)
    : Grain, IScheduleSettingsGrain
{
    private ScheduleSettingsState State => state.State;

    public Task<ScheduleSettings> GetAsync() => Task.FromResult(ToDetails());

    public async Task<ScheduleSettings> SetAsync(ScheduleSettings settings, int expectedVersion)
    {
        if (expectedVersion != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        var errors = new List<FieldError>();
        if (settings.ReminderLeadHours is { } hours and (< 1 or > IScheduleSettingsGrain.MaxLeadHours))
        {
            errors.Add(new FieldError("reminderLeadHours", $"Use 1 to {IScheduleSettingsGrain.MaxLeadHours} hours, or null for no reminders."));
        }

        if (settings.ReminderLeadHours is not null && settings.ReminderTemplateId is null)
        {
            errors.Add(new FieldError("reminderTemplateId", "Name the template the reminder is sent from."));
        }
        else if (settings.ReminderTemplateId is { } id && await TemplateAsync(id) is null)
        {
            errors.Add(new FieldError("reminderTemplateId", MessageComposer.NoSuchTemplate(id)));
        }

        SecurityTraxException.ThrowIfAny(errors);
        State.ReminderLeadHours = settings.ReminderLeadHours;
        State.ReminderTemplateId = settings.ReminderTemplateId;
        State.Version++;
        await state.WriteStateAsync();
        return ToDetails();
    }

    private Task<TemplateDetails?> TemplateAsync(int id) => MessageComposer.CompanyTemplateAsync(
        GrainFactory.GetGrain<IMessageTemplateGrain>(GrainKeys.For(GrainKeys.TenantOf(this.GetPrimaryKeyString()), IMessageTemplateGrain.Id)), id);

    private ScheduleSettings ToDetails() => new(State.ReminderLeadHours, State.ReminderTemplateId, State.Version);
}

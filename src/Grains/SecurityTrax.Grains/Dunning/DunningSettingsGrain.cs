using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Persistence;

namespace SecurityTrax.Dunning;

/// <summary>A company's dunning settings; the defaults (retries 3, 7 and 14 days after the due date) until changed.</summary>
public sealed class DunningSettingsGrain(
    [PersistentState(StorageNames.DunningSettings, StorageNames.Main)] IPersistentState<DunningSettingsState> state) : Grain, IDunningSettingsGrain
{
    private DunningSettingsState State => state.State;

    public Task<DunningSettings> GetAsync() => Task.FromResult(ToDetails());

    public async Task<DunningSettings> SetAsync(DunningSettings settings, int expectedVersion)
    {
        CallerGrants.Require(GrainKeys.TenantOf(this.GetPrimaryKeyString()), Grants.For("settings", Grants.Modify));
        ExpectedVersion.Check(expectedVersion, State.Version);
        var errors = DunningSettingsRules.Check(settings);
        if (settings.TicketAssigneeId is { Length: > 0 and <= 64 } assignee && errors.Count == 0)
        {
            await CheckAssigneeAsync(assignee, errors);
        }

        SecurityTraxException.ThrowIfAny(errors);
        if (settings.Same(ToDetails()))
        {
            return ToDetails();
        }

        State.RetryDays = [.. settings.RetryDays];
        (State.NoticeDaysBefore, State.SendSms, State.MarkPastDue, State.OpenTicket, State.TicketAssigneeId) =
            (settings.NoticeDaysBefore, settings.SendSms, settings.MarkPastDue, settings.OpenTicket, settings.TicketAssigneeId);
        State.SuspendAfterFinalFailure = settings.SuspendAfterFinalFailure;
        State.Version++;
        await state.WriteStateAsync();
        return ToDetails();
    }

    private async Task CheckAssigneeAsync(string assignee, List<FieldError> errors)
    {
        try
        {
            var tenant = GrainKeys.TenantOf(this.GetPrimaryKeyString());
            if ((await GrainFactory.GetGrain<IUserDirectoryGrain>(GrainKeys.For(tenant, IUserDirectoryGrain.Id)).GetUserAsync(assignee)).Disabled)
            {
                errors.Add(new FieldError("ticketAssigneeId", "That user is disabled."));
            }
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
        {
            errors.Add(new FieldError("ticketAssigneeId", $"'{assignee}' is not a user of this company."));
        }
    }

    private DunningSettings ToDetails() => State.RetryDays is null
        ? DunningSettings.Default
        : new([.. State.RetryDays], State.NoticeDaysBefore, State.SendSms, State.MarkPastDue, State.OpenTicket, State.TicketAssigneeId, State.Version,
            State.SuspendAfterFinalFailure);
}

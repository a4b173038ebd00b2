using SecurityTrax.Errors;

namespace SecurityTrax.CreditReports;

/// <summary>A company's decision bands and pull limits; the platform's defaults until the company changes them.</summary>
public sealed class CreditReportSettingsGrain(
    [PersistentState(CreditReportStorageNames.Settings, Persistence.StorageNames.Main)] IPersistentState<CreditReportSettingsState> state,
    CreditReportsOptions defaults) : Grain, ICreditReportSettingsGrain
{
    private CreditReportSettingsState State => state.State;

    public Task<CreditReportSettings> GetAsync() => Task.FromResult(ToDetails());

    public async Task<CreditReportSettings> SetAsync(CreditReportSettings settings, int expectedVersion)
    {
        ExpectedVersion.Check(expectedVersion, State.Version);
        SecurityTraxException.ThrowIfAny(Check(settings));
        if (settings with { Version = State.Version } == ToDetails())
        {
            return ToDetails();
        }

        State.ApprovedFrom = settings.ApprovedFrom;
        State.ConditionalFrom = settings.ConditionalFrom;
        State.DailyQuota = settings.DailyQuota;
        State.PerUserPerHour = settings.PerUserPerHour;
        State.Version++;
        await state.WriteStateAsync();
        return ToDetails();
    }

    private static List<FieldError> Check(CreditReportSettings s)
    {
        var errors = new List<FieldError>();
        var range = $"from {CreditScore.Lowest} to {CreditScore.Highest}";
        if (s.ApprovedFrom is < CreditScore.Lowest or > CreditScore.Highest)
        {
            errors.Add(new FieldError("approvedFrom", $"Use a score {range}."));
        }

        if (s.ConditionalFrom is < CreditScore.Lowest or > CreditScore.Highest)
        {
            errors.Add(new FieldError("conditionalFrom", $"Use a score {range}."));
        }
        else if (s.ConditionalFrom > s.ApprovedFrom)
        {
            errors.Add(new FieldError("conditionalFrom", $"The conditional band starts at or below the approved one ({s.ApprovedFrom})."));
        }

        if (s.DailyQuota is < 1 or > ICreditReportSettingsGrain.MaxDailyQuota)
        {
            errors.Add(new FieldError("dailyQuota", $"Use 1 to {ICreditReportSettingsGrain.MaxDailyQuota} pulls a day."));
        }

        if (s.PerUserPerHour is < 1 or > ICreditReportSettingsGrain.MaxPerUserPerHour)
        {
            errors.Add(new FieldError("perUserPerHour", $"Use 1 to {ICreditReportSettingsGrain.MaxPerUserPerHour} pulls an hour."));
        }

        return errors;
    }

    private CreditReportSettings ToDetails() => new(
        State.ApprovedFrom ?? defaults.ApprovedFrom, State.ConditionalFrom ?? defaults.ConditionalFrom,
        State.DailyQuota ?? defaults.DailyQuota, State.PerUserPerHour ?? defaults.PerUserPerHour, State.Version);
}

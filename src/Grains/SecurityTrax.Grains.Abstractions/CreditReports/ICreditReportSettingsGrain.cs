using SecurityTrax.Identity;

namespace SecurityTrax.CreditReports;

/// <summary>A company's decision bands and pull limits; key <c>{tenant}/credit-report-settings</c>. Until changed, the platform's defaults.</summary>
[Alias("SecurityTrax.ICreditReportSettingsGrain")]
public interface ICreditReportSettingsGrain : ITenantGrain
{
    public const string Id = "credit-report-settings";

    public const int MaxDailyQuota = 10_000;

    public const int MaxPerUserPerHour = 1_000;

    [Alias("Get")]
    Task<CreditReportSettings> GetAsync();

    /// <summary>Replaces the settings (thresholds ordered and within the score range, limits of at least one); 412 on another version.</summary>
    [Alias("Set")]
    Task<CreditReportSettings> SetAsync(CreditReportSettings settings, int expectedVersion);
}

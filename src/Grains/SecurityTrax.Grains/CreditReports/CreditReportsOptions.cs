namespace SecurityTrax.CreditReports;

/// <summary>The platform-wide <c>CreditReports</c> section; bands and limits are each company's defaults (<see cref="ICreditReportSettingsGrain"/>).</summary>
public sealed class CreditReportsOptions
{
    public const string Section = "CreditReports";

    /// <summary>How long the HTTP bureau may take; within the grain call's own timeout, so an unanswered pull is recorded as unknown.</summary>
    public TimeSpan BureauTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Scores from here up are approved.</summary>
    public int ApprovedFrom { get; set; } = 700;

    /// <summary>Scores from here up (below <see cref="ApprovedFrom"/>) are conditional; lower ones declined.</summary>
    public int ConditionalFrom { get; set; } = 600;

    /// <summary>Pulls a company may make per UTC day.</summary>
    public int DailyQuota { get; set; } = 100;

    /// <summary>Pulls one user may make per hour.</summary>
    public int PerUserPerHour { get; set; } = 20;
}

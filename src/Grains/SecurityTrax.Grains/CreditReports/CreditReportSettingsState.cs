namespace SecurityTrax.CreditReports;

/// <summary>Stored as JSON; add members, never rename them. Null: the platform's default (<see cref="CreditReportsOptions"/>).</summary>
public sealed class CreditReportSettingsState
{
    public int? ApprovedFrom { get; set; }

    public int? ConditionalFrom { get; set; }

    public int? DailyQuota { get; set; }

    public int? PerUserPerHour { get; set; }

    public int Version { get; set; }
}

namespace SecurityTrax.CreditReports;

/// <summary>State names of the credit report grains (each grain type its own, as <see cref="Persistence.StorageNames"/> explains).</summary>
public static class CreditReportStorageNames
{
    public const string BureauAccess = "creditBureauAccess";

    public const string BureauDesk = "creditBureauDesk";

    public const string CreditReports = "creditReports";

    public const string PullQuota = "creditPullQuota";

    public const string Settings = "creditReportSettings";
}

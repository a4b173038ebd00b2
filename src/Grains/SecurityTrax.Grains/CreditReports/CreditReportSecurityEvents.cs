namespace SecurityTrax.CreditReports;

/// <summary>Security-log kinds of credit reports: bureau access asked for and decided, and each pull's outcome.</summary>
public static class CreditReportSecurityEvents
{
    public const string BureauRequested = "credit_bureau_requested";
    public const string BureauApproved = "credit_bureau_approved";
    public const string BureauRefused = "credit_bureau_refused";

    /// <summary>A pull's outcome (who, which bureau, which record; never the SSN or the report).</summary>
    public const string ReportRun = "credit_report_run";
}

namespace SecurityTrax.CreditReports;

/// <summary>Security-log kinds of credit reports: bureau access asked for and decided.</summary>
public static class CreditReportSecurityEvents
{
    public const string BureauRequested = "credit_bureau_requested";
    public const string BureauApproved = "credit_bureau_approved";
    public const string BureauRefused = "credit_bureau_refused";
}

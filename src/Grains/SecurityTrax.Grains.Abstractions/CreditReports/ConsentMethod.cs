namespace SecurityTrax.CreditReports;

/// <summary>How the subject consented to the pull.</summary>
public enum ConsentMethod
{
    Signed = 0,
    Verbal = 1,
    Online = 2,
}

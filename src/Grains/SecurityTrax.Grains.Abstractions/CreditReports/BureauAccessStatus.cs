namespace SecurityTrax.CreditReports;

/// <summary>Where a company's request for a bureau stands; the platform operator decides it once.</summary>
public enum BureauAccessStatus
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
}

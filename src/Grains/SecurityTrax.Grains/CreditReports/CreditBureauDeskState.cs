namespace SecurityTrax.CreditReports;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CreditBureauDeskState
{
    /// <summary>Every company's requests, oldest first.</summary>
    public List<BureauAccessRequestDetails> Requests { get; set; } = [];
}

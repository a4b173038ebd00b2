namespace SecurityTrax.CreditReports;

/// <summary>One pull as stored; the raw report only encrypted. Add members, never rename.</summary>
public sealed class CreditReportRecord
{
    public long Id { get; set; }

    /// <summary>The caller's operation key (from its Idempotency-Key): a repeat finds this pull.</summary>
    public string OperationKey { get; set; } = "";

    /// <summary>Sent to the bureau as its idempotency key and used to look the pull up.</summary>
    public string OurReference { get; set; } = "";

    public string Bureau { get; set; } = "";

    public ConsentMethod Consent { get; set; }

    public string RequestedById { get; set; } = "";

    public string RequestedByName { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public CreditReportOutcome Outcome { get; set; } = CreditReportOutcome.Unknown;

    public string? Reason { get; set; }

    public int? Score { get; set; }

    public string? ScoreModel { get; set; }

    public DecisionBand? Band { get; set; }

    public string? BureauReference { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? RawReportProtected { get; set; }
}

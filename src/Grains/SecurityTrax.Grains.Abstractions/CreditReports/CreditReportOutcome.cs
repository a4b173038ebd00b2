namespace SecurityTrax.CreditReports;

/// <summary>
/// What came of a pull. <see cref="Unknown"/>: the bureau's answer never came; the pull is reconciled by our reference
/// (a retry with the same Idempotency-Key asks the bureau first) and never pulled again blindly.
/// </summary>
public enum CreditReportOutcome
{
    Completed = 0,
    NoHit = 1,
    ThinFile = 2,
    Frozen = 3,
    Failed = 4,
    Unknown = 5,
}

namespace SecurityTrax.CreditReports;

/// <summary>The company's reading of a score: approved, conditional (e.g. a deposit) or declined.</summary>
public enum DecisionBand
{
    Approved = 0,
    Conditional = 1,
    Declined = 2,
}

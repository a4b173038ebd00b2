namespace SecurityTrax.Gateway.CreditReports;

/// <summary>The operator's note on a decision; required when refusing (it tells the company why).</summary>
public sealed record BureauDecisionRequest(string? Note);

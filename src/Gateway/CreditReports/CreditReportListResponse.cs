namespace SecurityTrax.Gateway.CreditReports;

/// <summary>A record's credit reports, newest first, and how many there are (the count on the Credit Reports button).</summary>
public sealed record CreditReportListResponse(CreditReportResponse[] Items, int Count);

namespace SecurityTrax.Web.Api;

/// <summary><c>GET /api/v1/customers/{id}/credit-reports</c>: newest first, and how many (the count on the tab's button).</summary>
public sealed record CreditReportPage(CreditReport[] Items, int Count);

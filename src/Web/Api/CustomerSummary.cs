namespace SecurityTrax.Web.Api;

/// <summary>A row of <c>GET /api/v1/customers</c>.</summary>
public sealed record CustomerSummary(
    long Id, string Stage, string DisplayName, string? Email, string[] Phones, string? ServiceAddress, string[] Tags, DateTimeOffset UpdatedAt, bool PastDue = false, bool Suspended = false);

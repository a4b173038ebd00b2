namespace SecurityTrax.Web.Api;

/// <summary>A row of <c>GET /api/v1/users</c>, as far as the console's filters need it.</summary>
public sealed record UserSummary(long Id, string UserName, string DisplayName);

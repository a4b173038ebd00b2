namespace SecurityTrax.Web.Api.Settings;

/// <summary><c>GET /api/v1/grants</c>: every grant a role can hold (resources × actions, and the special ones).</summary>
public sealed record GrantCatalog(string[] Resources, string[] Actions, string[] Special);

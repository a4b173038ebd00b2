namespace SecurityTrax.Web.Api.Settings;

/// <summary>A role of <c>GET /api/v1/roles</c>: its name, its grants, and whether it came with the system.</summary>
public sealed record Role(string Name, string[] Grants, bool BuiltIn);

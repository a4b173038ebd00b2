namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of creating a role (name and grants) or replacing its grants (the name is sent back unchanged).</summary>
public sealed record RoleInput(string? Name, string[] Grants);

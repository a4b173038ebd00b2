namespace SecurityTrax.Gateway.Users;

public sealed record RoleRequest(string? Name, string[]? Grants);

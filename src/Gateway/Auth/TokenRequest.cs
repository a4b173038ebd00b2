namespace SecurityTrax.Gateway.Auth;

public sealed record TokenRequest(string? Tenant, string? UserName, string? Password);

namespace SecurityTrax.Gateway.Platform;

public sealed record CreateTenantRequest(string? Slug, string? CompanyName, string? AdminUserName, string? AdminPassword);

namespace SecurityTrax.Gateway.Platform;

/// <summary>The new tenant; <see cref="AdminPassword"/> is present only when it was generated, and shown only here.</summary>
public sealed record CreatedTenantResponse(string Slug, string CompanyName, DateTimeOffset CreatedAt, string AdminUserName, string? AdminPassword);

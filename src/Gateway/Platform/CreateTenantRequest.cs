using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Platform;

/// <summary>A new dealer company and its first admin.</summary>
/// <param name="Slug">The company's short id in sign-ins and webhooks: lower-case letters, digits and hyphens.</param>
/// <param name="CompanyName">The company's name as its customers see it.</param>
/// <param name="AdminUserName">The first admin's sign-in name.</param>
/// <param name="AdminPassword">The first admin's password; left out, one is generated and answered once.</param>
public sealed record CreateTenantRequest(
    [property: Required] string? Slug, [property: Required] string? CompanyName, [property: Required] string? AdminUserName, string? AdminPassword);

using SecurityTrax.Customers;

namespace SecurityTrax.Tenants;

/// <summary>The company profile as of <see cref="Version"/>; <see cref="LogoContentType"/> is null without a logo.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CompanyProfileDetails")]
public sealed record CompanyProfileDetails(
    [property: Id(0)] string? LegalName,
    [property: Id(1)] Address? Address,
    [property: Id(2)] string? Phone,
    [property: Id(3)] string? Email,
    [property: Id(4)] string? Website,
    [property: Id(5)] string[] LicenceNumbers,
    [property: Id(6)] string? LogoContentType,
    [property: Id(7)] int Version,
    [property: Id(8)] DateTimeOffset? UpdatedAt);

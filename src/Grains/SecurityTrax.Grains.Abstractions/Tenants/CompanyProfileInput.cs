using SecurityTrax.Customers;

namespace SecurityTrax.Tenants;

/// <summary>The text members of the company profile; every member replaces the stored one (null clears it).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CompanyProfileInput")]
public sealed record CompanyProfileInput(
    [property: Id(0)] string? LegalName,
    [property: Id(1)] Address? Address,
    [property: Id(2)] string? Phone,
    [property: Id(3)] string? Email,
    [property: Id(4)] string? Website,
    [property: Id(5)] string[] LicenceNumbers);

using SecurityTrax.Gateway.Customers;
using SecurityTrax.Tenants;

namespace SecurityTrax.Gateway.Tenants;

/// <summary>The company as its documents show it; <see cref="LogoContentType"/> is null without a logo (read it at <c>…/logo</c>).</summary>
public sealed record CompanyProfileResponse(
    string? LegalName,
    AddressDto? Address,
    string? Phone,
    string? Email,
    string? Website,
    string[] LicenceNumbers,
    string? LogoContentType,
    DateTimeOffset? UpdatedAt)
{
    public static CompanyProfileResponse From(CompanyProfileDetails d) =>
        new(d.LegalName, AddressDto.From(d.Address), d.Phone, d.Email, d.Website, d.LicenceNumbers, d.LogoContentType, d.UpdatedAt);
}

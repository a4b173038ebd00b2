using SecurityTrax.Gateway.Customers;
using SecurityTrax.Tenants;

namespace SecurityTrax.Gateway.Tenants;

/// <summary>The company profile's text members; each replaces the stored one, and one left out or null clears it.</summary>
public sealed record CompanyProfileRequest(
    string? LegalName,
    AddressDto? Address,
    string? Phone,
    string? Email,
    string? Website,
    string[]? LicenceNumbers)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }

    public CompanyProfileInput ToInput() => new(LegalName, Address?.ToAddress(), Phone, Email, Website, LicenceNumbers ?? []);
}

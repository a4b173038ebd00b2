using SecurityTrax.Agencies;
using SecurityTrax.Customers;
using SecurityTrax.Gateway.Customers;

namespace SecurityTrax.Gateway.Agencies;

/// <summary>An agency of the directory: kind police, fire or medical; the ZIP codes (12345) and cities ("Denver, CO") it covers.</summary>
public sealed record AgencyRequest(ContactType? Kind, string? Name, PhoneDto[]? Phones, AddressDto? Address, string[]? Zips, string[]? Cities)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }

    // A missing kind is refused by the directory's rules (emergency is a person, never an agency).
    public AgencyInput ToInput() => new(
        Kind ?? ContactType.Emergency, Name ?? "", [.. (Phones ?? []).Select(p => p.ToPhone())], Address?.ToAddress(), Zips ?? [], Cities ?? []);
}

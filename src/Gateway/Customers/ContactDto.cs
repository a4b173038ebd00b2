using SecurityTrax.Customers;

namespace SecurityTrax.Gateway.Customers;

/// <summary>Type: emergency (a person), or police, fire, medical (an agency, with its name and permit or account number).</summary>
public sealed record ContactRequest(
    ContactType? Type, string? Name, string? Relationship, PhoneDto[]? Phones, string? Note, string? AgencyName, string? PermitNumber)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }

    public ContactInput ToInput() => new(
        Type ?? ContactType.Emergency, Name ?? "", Relationship, [.. (Phones ?? []).Select(p => p.ToPhone())], Note, AgencyName, PermitNumber);
}

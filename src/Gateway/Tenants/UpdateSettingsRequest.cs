namespace SecurityTrax.Gateway.Tenants;

public sealed record UpdateSettingsRequest(
    string? CompanyName,
    string? TimeZone,
    string? Culture,
    bool? EmailReceiptsByDefault)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}

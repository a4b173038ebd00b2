using SecurityTrax.Customers;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Customers;

/// <summary>A customer's profile (sales tax: exempt, or an override rate in percent replacing its state's). On create, <see cref="Stage"/>, <see cref="Ssn"/> and <see cref="DateOfBirth"/> may be given too.</summary>
public sealed record CustomerRequest(
    CustomerStage? Stage,
    string? FirstName,
    string? LastName,
    string? BusinessName,
    AddressDto? ServiceAddress,
    AddressDto? BillingAddress,
    PhoneDto[]? Phones,
    string? Email,
    string? Notes,
    long? SalesRepUserId,
    decimal? ActivationFee,
    bool? ActivationFeePaid,
    decimal? MonthlyMonitoringRate,
    bool? MonthlyMonitoringRatePaid,
    string? Ssn,
    string? DateOfBirth,
    bool? TaxExempt = null,
    decimal? TaxRateOverride = null)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }

    public CustomerProfile ToProfile() => new(
        FirstName, LastName, BusinessName, ServiceAddress?.ToAddress(), BillingAddress?.ToAddress(),
        [.. (Phones ?? []).Select(p => p.ToPhone())], Email, Notes, UserIds.Text(SalesRepUserId),
        ActivationFee ?? 0, ActivationFeePaid ?? false, MonthlyMonitoringRate ?? 0, MonthlyMonitoringRatePaid ?? false,
        TaxExempt ?? false, TaxRateOverride);
}

namespace SecurityTrax.Customers;

/// <summary>Everything editable on a customer's profile except the confidential fields.</summary>
/// <remarks>
/// A person has a first and last name; a business has a business name (and may name a contact person).
/// Sales tax: an exempt customer pays none; otherwise <see cref="TaxRateOverride"/> (percent) replaces the rate of its state.
/// </remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CustomerProfile")]
public sealed record CustomerProfile(
    [property: Id(0)] string? FirstName,
    [property: Id(1)] string? LastName,
    [property: Id(2)] string? BusinessName,
    [property: Id(3)] Address? ServiceAddress,
    [property: Id(4)] Address? BillingAddress,
    [property: Id(5)] Phone[] Phones,
    [property: Id(6)] string? Email,
    [property: Id(7)] string? Notes,
    [property: Id(8)] string? SalesRepUserId,
    [property: Id(9)] decimal ActivationFee,
    [property: Id(10)] bool ActivationFeePaid,
    [property: Id(11)] decimal MonthlyMonitoringRate,
    [property: Id(12)] bool MonthlyMonitoringRatePaid,
    [property: Id(13)] bool TaxExempt = false,
    [property: Id(14)] decimal? TaxRateOverride = null);

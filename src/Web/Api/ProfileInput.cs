namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>PUT /api/v1/customers/{id}</c> (the whole profile: what is left out is cleared) and of a create.</summary>
public sealed record ProfileInput(
    string? FirstName,
    string? LastName,
    string? BusinessName,
    Address? ServiceAddress,
    Address? BillingAddress,
    Phone[] Phones,
    string? Email,
    string? Notes,
    string? SalesRepUserId,
    decimal ActivationFee,
    bool ActivationFeePaid,
    decimal MonthlyMonitoringRate,
    bool MonthlyMonitoringRatePaid,
    bool TaxExempt,
    decimal? TaxRateOverride,
    string? Stage = null);

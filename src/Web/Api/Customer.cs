namespace SecurityTrax.Web.Api;

/// <summary><c>GET /api/v1/customers/{id}</c>; SSN and date of birth come masked unless <see cref="ConfidentialRevealed"/>.</summary>
public sealed record Customer(
    long Id,
    string Stage,
    string DisplayName,
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
    string? Ssn,
    string? DateOfBirth,
    bool ConfidentialRevealed,
    string[] Tags,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool TaxExempt,
    decimal? TaxRateOverride,
    CreditScore? CreditScore = null,
    bool PastDue = false,
    bool Suspended = false)
{
    public bool IsLead => Stage == "lead";
}

using SecurityTrax.Customers;
using SecurityTrax.Gateway.CreditReports;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Customers;

/// <summary>A customer. <see cref="Ssn"/> and <see cref="DateOfBirth"/> are masked unless <see cref="ConfidentialRevealed"/>; <see cref="CreditScore"/> is set by applying a credit report; <see cref="PastDue"/> by dunning after an automatic payment failed finally, and <see cref="Suspended"/> too when the company's dunning suspends (a flag for the office; cleared by paying or by hand).</summary>
public sealed record CustomerResponse(
    long Id,
    CustomerStage Stage,
    string DisplayName,
    string? FirstName,
    string? LastName,
    string? BusinessName,
    AddressDto? ServiceAddress,
    AddressDto? BillingAddress,
    PhoneDto[] Phones,
    string? Email,
    string? Notes,
    long? SalesRepUserId,
    decimal ActivationFee,
    bool ActivationFeePaid,
    decimal MonthlyMonitoringRate,
    bool MonthlyMonitoringRatePaid,
    string? Ssn,
    string? DateOfBirth,
    bool ConfidentialRevealed,
    string[] Tags,
    ContactResponse[] Contacts,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ConvertedAt,
    bool TaxExempt,
    decimal? TaxRateOverride,
    CreditScoreResponse? CreditScore,
    bool PastDue,
    bool Suspended)
{
    public static CustomerResponse From(CustomerDetails c)
    {
        var p = c.Profile;
        return new(
            c.Id, c.Stage, c.DisplayName, p.FirstName, p.LastName, p.BusinessName, AddressDto.From(p.ServiceAddress),
            AddressDto.From(p.BillingAddress), [.. p.Phones.Select(PhoneDto.From)], p.Email, p.Notes, UserIds.Number(p.SalesRepUserId),
            p.ActivationFee, p.ActivationFeePaid, p.MonthlyMonitoringRate, p.MonthlyMonitoringRatePaid,
            c.Ssn, c.DateOfBirth, c.ConfidentialRevealed, c.Tags, [.. c.Contacts.Select(ContactResponse.From)],
            c.CreatedAt, c.UpdatedAt, c.ConvertedAt, p.TaxExempt, p.TaxRateOverride, CreditScoreResponse.From(c.CreditScore), c.PastDue,
            c.Suspended);
    }
}

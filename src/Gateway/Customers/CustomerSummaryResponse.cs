using SecurityTrax.Customers;

namespace SecurityTrax.Gateway.Customers;

public sealed record CustomerSummaryResponse(
    long Id, CustomerStage Stage, string DisplayName, string? Email, string[] Phones, string? ServiceAddress, string[] Tags,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool PastDue, bool Suspended)
{
    public static CustomerSummaryResponse From(CustomerSummary s) =>
        new(s.Id, s.Stage, s.DisplayName, s.Email, s.Phones, s.ServiceAddress, s.Tags, s.CreatedAt, s.UpdatedAt, s.PastDue, s.Suspended);
}

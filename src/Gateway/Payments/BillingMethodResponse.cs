using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>A saved billing method: display data only.</summary>
public sealed record BillingMethodResponse(
    long Id, BillingMethodKind Kind, string Display, string? Brand, string? Last4, int? ExpMonth, int? ExpYear, string? Label, bool IsDefault,
    string? Processor, DateTimeOffset AddedAt)
{
    public static BillingMethodResponse From(BillingMethod m) =>
        new(BillingMethodIds.Of(m.Id), m.Kind, m.Display, m.Brand, m.Last4, m.ExpMonth, m.ExpYear, m.Label, m.IsDefault, m.Processor, m.AddedAt);
}

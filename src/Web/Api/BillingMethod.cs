namespace SecurityTrax.Web.Api;

/// <summary>A saved billing method as <c>GET /api/v1/customers/{id}/billing-methods</c> lists it: display data only, never a number.</summary>
public sealed record BillingMethod(
    long Id, string Kind, string Display, string? Brand, string? Last4, int? ExpMonth, int? ExpYear, string? Label, bool IsDefault, string? Processor);

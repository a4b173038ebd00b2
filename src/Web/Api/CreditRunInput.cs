namespace SecurityTrax.Web.Api;

/// <summary><c>POST /api/v1/customers/{id}/credit-reports</c>: the bureau and how the subject consented.</summary>
public sealed record CreditRunInput(string? Bureau, ConsentInput Consent);

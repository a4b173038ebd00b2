namespace SecurityTrax.Web.Api;

/// <summary><c>POST …/billing-methods/setup</c>: <c>card</c> or <c>bank_account</c>.</summary>
public sealed record BillingSetupInput(string Kind);

namespace SecurityTrax.Web.Api;

/// <summary><c>POST …/billing-methods</c>: the processor's payment-method token (none for manual billing), never a card number.</summary>
public sealed record BillingMethodInput(string Kind, string? Token, string? Label, bool? MakeDefault);

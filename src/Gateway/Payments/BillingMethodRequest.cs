using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>A billing method to save: for a card or bank account, the processor's payment-method token — never a number.</summary>
public sealed record BillingMethodRequest(BillingMethodKind? Kind, string? Token, string? Label, bool? MakeDefault);

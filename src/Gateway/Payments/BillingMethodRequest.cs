using System.ComponentModel.DataAnnotations;
using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>A billing method to save: for a card or bank account, the processor's payment-method token — never a number.</summary>
public sealed record BillingMethodRequest([property: Required] BillingMethodKind? Kind, string? Token, string? Label, bool? MakeDefault);

using System.ComponentModel.DataAnnotations;
using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>Starts collecting a <c>card</c> or <c>bank_account</c> with the processor's own client library.</summary>
public sealed record BillingSetupRequest([property: Required] BillingMethodKind? Kind);

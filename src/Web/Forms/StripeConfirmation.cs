namespace SecurityTrax.Web.Forms;

/// <summary>What Stripe.js answered to <c>confirmSetup</c>: the new payment method's id, or the reason it refused.</summary>
public sealed record StripeConfirmation(string? PaymentMethod, string? Error);

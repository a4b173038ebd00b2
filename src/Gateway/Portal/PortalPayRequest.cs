using System.ComponentModel.DataAnnotations;
using SecurityTrax.Gateway.Payments;

namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// Pays open invoices: <c>token</c> is the payment method from the sandbox's test form (never a card number); left out
/// on Stripe, the answer carries the <c>clientSecret</c> of a payment intent that Stripe's Payment Element confirms in
/// the browser. <c>applications</c> name each invoice and the amount paid on it (at most its due). <c>saveMethod</c>
/// (the customer's consent) keeps the card or bank account as a billing method once charged; <c>makeDefault</c> also
/// makes it the default for recurring billing.
/// </summary>
public sealed record PortalPayRequest(string? Token, [property: Required] ApplicationDto[]? Applications, bool? SaveMethod = null, bool? MakeDefault = null);

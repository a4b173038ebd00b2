using System.ComponentModel.DataAnnotations;
using SecurityTrax.Gateway.Payments;

namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// Pays open invoices: <c>token</c> is the payment method from the processor's payment form (never a card number);
/// <c>applications</c> name each invoice and the amount paid on it (at most its due).
/// </summary>
public sealed record PortalPayRequest([property: Required] string? Token, [property: Required] ApplicationDto[]? Applications);

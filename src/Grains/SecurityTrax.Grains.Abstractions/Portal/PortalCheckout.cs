namespace SecurityTrax.Portal;

/// <summary>
/// How the portal takes a payment: <see cref="Processor"/> <c>stripe</c> mounts Stripe's Payment Element with
/// <see cref="PublishableKey"/> and pays without a token (a payment intent the browser confirms); <c>sandbox</c> shows
/// its test form and pays with the chosen test token.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PortalCheckout")]
public sealed record PortalCheckout(
    [property: Id(0)] string Processor,
    [property: Id(1)] string? PublishableKey);

namespace SecurityTrax.Payments;

/// <summary>What the front end needs to collect card or bank details with the processor's own library.</summary>
/// <remarks>
/// <see cref="MandateText"/> is the ACH debit authorisation shown to the customer for bank accounts;
/// <see cref="PublishableKey"/> is the key Stripe.js is started with (null for the sandbox, which has no browser library).
/// </remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.BillingSetup")]
public sealed record BillingSetup(
    [property: Id(0)] string Processor,
    [property: Id(1)] string SetupId,
    [property: Id(2)] string ClientSecret,
    [property: Id(3)] string? MandateText,
    [property: Id(4)] string? PublishableKey = null);

namespace SecurityTrax.Testing.Fakes;

/// <summary>
/// One of Stripe's test payment methods (<c>pm_card_visa</c>, …): display data and how it behaves. As with
/// Stripe, using the token creates a new payment method object with its own id.
/// </summary>
public sealed record FakeStripeTestMethod(
    string Token,
    string Type,
    string? Brand,
    string Last4,
    string? BankName,
    FakeStripeOutcome Outcome,
    bool DeclinesOnAttach = false,
    string DeclineCode = "generic_decline");

namespace SecurityTrax.Testing.Fakes;

/// <summary>What happens when a test payment method is charged.</summary>
public enum FakeStripeOutcome
{
    Succeeds,
    Declines,
    RequiresAuthentication,

    /// <summary>Bank debits settle later: the payment stays "processing" until <see cref="FakeStripeServer.SettleBankPayment"/>.</summary>
    Processing,
}

namespace SecurityTrax.Testing.Fakes;

/// <summary>
/// A request Stripe refuses before it starts executing (bad or missing parameters, unknown ids). Like Stripe,
/// the fake does not keep such an answer under the request's idempotency key, so a corrected retry may use it.
/// </summary>
internal sealed class FakeStripeRejection(FakeStripeResponse response) : Exception(response.Body)
{
    public FakeStripeResponse Response { get; } = response;
}

namespace SecurityTrax.Gateway.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>A repeat of this request with the same Idempotency-Key returns the first answer and creates nothing.</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotentCreate.Instance);

    /// <summary>
    /// As <see cref="WithIdempotencyKey"/>, and the key is required: a request that moves money and is retried after a
    /// timeout must reach the first attempt's outcome, never become a second charge, so a request without one is refused.
    /// </summary>
    public static RouteHandlerBuilder RequireIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotentCreate.Instance, IdempotencyKeyRequired.Instance);
}

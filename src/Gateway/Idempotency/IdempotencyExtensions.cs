namespace SecurityTrax.Gateway.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>A repeat of this request with the same Idempotency-Key returns the first answer and creates nothing.</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotentCreate.Instance);
}

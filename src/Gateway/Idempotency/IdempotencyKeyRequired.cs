namespace SecurityTrax.Gateway.Idempotency;

/// <summary>Endpoint metadata: this request moves money, so it runs only with an <c>Idempotency-Key</c> (428 without).</summary>
public sealed class IdempotencyKeyRequired
{
    public static readonly IdempotencyKeyRequired Instance = new();
}

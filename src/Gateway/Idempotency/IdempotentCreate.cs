namespace SecurityTrax.Gateway.Idempotency;

/// <summary>Endpoint metadata: this POST creates something and honours the Idempotency-Key header.</summary>
public sealed class IdempotentCreate
{
    public static readonly IdempotentCreate Instance = new();
}

namespace SecurityTrax.Idempotency;

public sealed class IdempotencyState
{
    public string? Fingerprint { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>While unanswered, the key is held until this moment; after it a retry may run the request again.</summary>
    public DateTimeOffset LeaseUntil { get; set; }

    public StoredResponse? Response { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

namespace SecurityTrax.Portal;

/// <summary>The current code of one address, stored as JSON: only its salted digest, never the code.</summary>
public sealed class PortalSignInState
{
    /// <summary>The customer the address is on file for; null when it is on nobody's record (the code then opens nothing).</summary>
    public long? CustomerId { get; set; }

    public string? CodeDigest { get; set; }

    public string? Salt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public int Tries { get; set; }

    /// <summary>How many codes were made for this address, so each message has an id of its own.</summary>
    public int Codes { get; set; }

    /// <summary>When codes were asked for within the rate window.</summary>
    public List<DateTimeOffset> Requests { get; set; } = [];
}

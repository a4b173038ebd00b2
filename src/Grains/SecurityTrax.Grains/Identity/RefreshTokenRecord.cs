namespace SecurityTrax.Identity;

/// <summary>A refresh token, stored only as a hash. Tokens of one sign-in share a family.</summary>
public sealed class RefreshTokenRecord
{
    public string Hash { get; set; } = "";

    public string Family { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Set when the token was exchanged; presenting it again means it was stolen.</summary>
    public bool Used { get; set; }
}

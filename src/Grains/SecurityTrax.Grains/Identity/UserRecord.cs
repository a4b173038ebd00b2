namespace SecurityTrax.Identity;

/// <summary>A user as stored in the directory's state; add members, never rename them.</summary>
public sealed class UserRecord
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? Email { get; set; }

    public string Role { get; set; } = "";

    public bool Disabled { get; set; }

    public string PasswordHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    public List<DateTimeOffset> RecentFailures { get; set; } = [];

    public DateTimeOffset? LockedUntil { get; set; }

    public List<RefreshTokenRecord> RefreshTokens { get; set; } = [];

    /// <summary>Raised whenever the user's sessions end; an access token carrying a lower stamp is void.</summary>
    public int SessionStamp { get; set; }

    public UserDetails ToDetails() => new(Id, UserName, DisplayName, Email, Role, Disabled, CreatedAt, Version);
}

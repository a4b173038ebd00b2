namespace SecurityTrax.Gateway.Auth;

/// <summary>The claims of a SecurityTrax access token.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Tenant = "tenant";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>Space-separated grants of the user's role when the token was issued.</summary>
    public const string Grants = "grants";

    /// <summary>The user's session stamp when the token was issued; a token without it carries stamp 0.</summary>
    public const string SessionStamp = "sst";
}

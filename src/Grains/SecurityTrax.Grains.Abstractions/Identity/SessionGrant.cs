namespace SecurityTrax.Identity;

/// <summary>What the gateway needs to mint an access token, plus the new refresh token (shown once).</summary>
/// <remarks><see cref="SessionStamp"/> goes into the token: the token is void once the user's stamp is higher.</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.SessionGrant")]
public sealed record SessionGrant(
    [property: Id(0)] UserDetails User,
    [property: Id(1)] string[] Grants,
    [property: Id(2)] string RefreshToken,
    [property: Id(3)] DateTimeOffset RefreshExpiresAt,
    [property: Id(4)] int SessionStamp = 0);

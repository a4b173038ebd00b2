using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Auth;

/// <summary>Mints short-lived access tokens for sessions the user directory granted.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public TokenResponse Issue(string tenant, SessionGrant session)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var expires = now + o.AccessTokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = o.Issuer,
            Audience = o.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(ClaimNames.Subject, session.User.Id),
                new Claim(ClaimNames.Tenant, tenant),
                new Claim(ClaimNames.Name, session.User.UserName),
                new Claim(ClaimNames.Role, session.User.Role),
                new Claim(ClaimNames.Grants, string.Join(' ', session.Grants)),
                new Claim(ClaimNames.SessionStamp, session.SessionStamp.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
            ]),
            SigningCredentials = new SigningCredentials(SigningKey(o), SecurityAlgorithms.HmacSha256),
        });
        return new TokenResponse(
            token, "Bearer", (int)o.AccessTokenLifetime.TotalSeconds, expires, session.RefreshToken, session.RefreshExpiresAt,
            UserResponse.From(session.User), session.Grants);
    }

    public static SymmetricSecurityKey SigningKey(AuthOptions options) => new(options.KeyBytes());
}

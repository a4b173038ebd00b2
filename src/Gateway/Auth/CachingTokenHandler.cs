using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SecurityTrax.Gateway.Auth;

/// <summary>Validates each access token once and remembers the result until the token expires.</summary>
/// <remarks>
/// A remembered result accepts exactly what a fresh validation would; whether the token's session still holds is
/// checked after it, on every request (<see cref="SessionCheck"/>). Every request with the same token shares one identity, which is therefore never
/// changed after validation (nothing in the gateway adds claims; <see cref="CurrentUser"/> is worked out once per
/// identity).
/// </remarks>
public sealed class CachingTokenHandler(TimeProvider time) : JsonWebTokenHandler
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, (DateTime Expires, JsonWebToken Token, System.Security.Claims.ClaimsIdentity Identity)> _validated =
        new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_validated.TryGetValue(token, out var hit))
        {
            if (hit.Expires > time.GetUtcNow().UtcDateTime)
            {
                return new TokenValidationResult { IsValid = true, SecurityToken = hit.Token, ClaimsIdentity = hit.Identity };
            }

            _validated.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is JsonWebToken jwt && result.ClaimsIdentity is { } identity)
        {
            if (_validated.Count >= MaxEntries)
            {
                _validated.Clear();
            }

            _validated[token] = (jwt.ValidTo, jwt, identity);
        }

        return result;
    }
}

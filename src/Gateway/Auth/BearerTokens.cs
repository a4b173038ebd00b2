using System.Runtime.CompilerServices;

namespace SecurityTrax.Gateway.Auth;

/// <summary>Cuts the bearer token out of an <c>Authorization</c> header once per header string.</summary>
/// <remarks>
/// Kestrel hands a connection the same header string for every request that repeats the header byte for byte,
/// so the token (about 2 KB) is cut out once per connection instead of once per request. Entries live as long as
/// the header string does. Same rules as the JWT bearer handler: scheme <c>Bearer</c> in any case, token trimmed.
/// </remarks>
public static class BearerTokens
{
    private const string Scheme = "Bearer ";
    private static readonly ConditionalWeakTable<string, string> Cut = new();

    /// <summary>The token of <paramref name="authorization"/>, or null when it is not a bearer token.</summary>
    public static string? From(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization) || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Cut.TryGetValue(authorization, out var token))
        {
            return token;
        }

        token = authorization[Scheme.Length..].Trim();
        Cut.AddOrUpdate(authorization, token);
        return token;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace SecurityTrax.Portal;

/// <summary>
/// Pay-link tokens: 32 random bytes (base64url). Only their SHA-256 is stored, as the key of the link's
/// <see cref="IPayLinkGrain"/>, so neither the database nor a grain key gives a working link away.
/// </summary>
public static class PayLinkKeys
{
    public const int TokenLength = 43;

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The grain id of a token: its digest, or null when the text cannot be a token at all.</summary>
    public static string? IdOf(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? "pl-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)))
            : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

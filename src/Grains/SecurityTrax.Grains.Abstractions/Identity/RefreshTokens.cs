using System.Security.Cryptography;
using System.Text;

namespace SecurityTrax.Identity;

/// <summary>Refresh tokens are <c>{tenant}.{userId}.{secret}</c>; only a SHA-256 hash is stored.</summary>
public static class RefreshTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    public const int MaxFamiliesPerUser = 10;

    public static string Create(string tenant, string userId) =>
        $"{tenant}.{userId}.{Base64Url(RandomNumberGenerator.GetBytes(32))}";

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool TryParse(string? token, out string tenant, out string userId)
    {
        tenant = userId = "";
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts.Any(string.IsNullOrEmpty))
        {
            return false;
        }

        (tenant, userId) = (parts[0], parts[1]);
        return true;
    }

    public static string NewPassword() => Base64Url(RandomNumberGenerator.GetBytes(15));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

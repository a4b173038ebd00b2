using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Auth;

/// <summary>The <c>Auth</c> section: how access tokens are signed and how long they live.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Base64 of at least 32 random bytes; every gateway of a deployment shares it.</summary>
    /// <remarks>Checked at start by <see cref="SigningKeyValidator"/>.</remarks>
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "securitytrax";

    public string Audience { get; set; } = "securitytrax-api";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public byte[] KeyBytes()
    {
        try
        {
            var bytes = Convert.FromBase64String(SigningKey);
            return bytes.Length >= 32
                ? bytes
                : throw new InvalidOperationException("Auth:SigningKey must decode to at least 32 bytes.");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Auth:SigningKey must be base64.");
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Auth;

/// <summary>The <c>Auth</c> section: how access tokens are signed, how long they live, how often their session is checked.</summary>
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

    /// <summary>
    /// How long a gateway trusts what it read of a user's session stamp before it reads it again; the user directory's
    /// push ends sessions at once, this bounds how long a missed push leaves a voided token working.
    /// </summary>
    [Range(1, 300)]
    public int SessionCheckSeconds { get; set; } = 5;

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

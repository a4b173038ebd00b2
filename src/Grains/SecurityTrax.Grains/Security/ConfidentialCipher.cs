using System.Security.Cryptography;
using System.Text;

namespace SecurityTrax.Security;

/// <summary>AES-GCM for confidential fields at rest. Stored form: <c>v1:{nonce}:{tag}:{ciphertext}</c>, base64 parts.</summary>
/// <remarks>The version prefix leaves room for key rotation: a later key gets v2 and both can be read.</remarks>
public sealed class ConfidentialCipher
{
    public const string ConfigurationKey = "Encryption:Key";
    private const string Prefix = "v1";
    private readonly byte[] _key;

    public ConfidentialCipher(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be base64 of exactly 32 bytes.");
        }

        _key = key;
    }

    public static ConfidentialCipher FromBase64(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException($"Configuration '{ConfigurationKey}' is required (environment variable Encryption__Key): base64 of 32 random bytes.");
        }

        try
        {
            return new ConfidentialCipher(Convert.FromBase64String(key));
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be base64.");
        }
    }

    public string Protect(string plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[input.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Encrypt(nonce, input, output, tag);
        return string.Join(':', Prefix, Convert.ToBase64String(nonce), Convert.ToBase64String(tag), Convert.ToBase64String(output));
    }

    public string Unprotect(string stored)
    {
        var parts = stored.Split(':');
        if (parts.Length != 4 || parts[0] != Prefix)
        {
            throw new CryptographicException("Unknown confidential value format.");
        }

        var nonce = Convert.FromBase64String(parts[1]);
        var tag = Convert.FromBase64String(parts[2]);
        var input = Convert.FromBase64String(parts[3]);
        var output = new byte[input.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Decrypt(nonce, input, tag, output);
        return Encoding.UTF8.GetString(output);
    }

    /// <summary>Every digit but the last four becomes <c>*</c>: 123-45-6789 → ***-**-6789.</summary>
    public static string Mask(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        var seen = 0;
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]) && ++seen <= digits - 4)
            {
                chars[i] = '*';
            }
        }

        return new string(chars);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace SecurityTrax.Security;

/// <summary>
/// AES-256-GCM for confidential fields at rest. Written as <c>v2:{key id}:{nonce}:{tag}:{ciphertext}</c> (base64
/// parts) under the newest key, with the value's place (<see cref="ConfidentialField"/>) as associated data; read also
/// from <c>v1:{nonce}:{tag}:{ciphertext}</c>, the earlier form without associated data, which is rewritten as v2 on the
/// record's next write.
/// </summary>
public sealed class ConfidentialCipher
{
    private const string V1 = "v1";
    private const string V2 = "v2";
    private readonly IReadOnlyList<(string Id, byte[] Key)> _ring;
    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _newest;

    /// <summary>The key ring: every key decrypts, the last one encrypts.</summary>
    public ConfidentialCipher(IReadOnlyList<(string Id, byte[] Key)> keys)
    {
        if (keys.Count == 0 || keys.Any(k => k.Key.Length != 32 || k.Id.Length == 0 || k.Id.Contains(':', StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("Encryption keys need an id without ':' and exactly 32 bytes each.");
        }

        _ring = keys;
        _keys = keys.ToDictionary(k => k.Id, k => k.Key, StringComparer.Ordinal);
        _newest = keys[^1].Id;
    }

    public string NewestKeyId => _newest;

    public string Protect(string plaintext, ConfidentialField place)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[input.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(_keys[_newest], tag.Length);
        aes.Encrypt(nonce, input, output, tag, place.AssociatedData());
        return string.Join(':', V2, _newest, Convert.ToBase64String(nonce), Convert.ToBase64String(tag), Convert.ToBase64String(output));
    }

    /// <exception cref="ConfidentialValueException">The value was not written for <paramref name="place"/>, or its key is not configured.</exception>
    public string Unprotect(string stored, ConfidentialField place)
    {
        var parts = stored.Split(':');
        try
        {
            return parts switch
            {
                [V2, var id, var nonce, var tag, var data] => _keys.TryGetValue(id, out var key)
                    ? Decrypt(key, nonce, tag, data, place.AssociatedData())
                    : throw new ConfidentialValueException(place, $"its key '{id}' is not configured"),
                [V1, var nonce, var tag, var data] => DecryptV1(nonce, tag, data, place),
                _ => throw new ConfidentialValueException(place, "the stored form is not one this version reads"),
            };
        }
        catch (Exception e) when (e is AuthenticationTagMismatchException or FormatException or ArgumentException)
        {
            throw new ConfidentialValueException(place, "it was not written for this company, record and field");
        }
    }

    /// <summary>True when the stored value is not v2 under the newest key (the re-encryption rewrites it).</summary>
    public bool IsStale(string stored) => !stored.StartsWith($"{V2}:{_newest}:", StringComparison.Ordinal);

    /// <summary>The value in the current form, or the same string when it already is.</summary>
    public string Rewrap(string stored, ConfidentialField place) => IsStale(stored) ? Protect(Unprotect(stored, place), place) : stored;

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

    /// <summary>v1 carries no key id: each key is tried, newest first (the tag tells the right one).</summary>
    private string DecryptV1(string nonce, string tag, string data, ConfidentialField place)
    {
        foreach (var (_, key) in _ring.Reverse())
        {
            try
            {
                return Decrypt(key, nonce, tag, data, null);
            }
            catch (AuthenticationTagMismatchException)
            {
                // The next key, then.
            }
        }

        throw new ConfidentialValueException(place, "no configured key opens this v1 value");
    }

    private static string Decrypt(byte[] key, string nonce, string tag, string data, byte[]? associatedData)
    {
        var tagBytes = Convert.FromBase64String(tag);
        var input = Convert.FromBase64String(data);
        var output = new byte[input.Length];
        using var aes = new AesGcm(key, tagBytes.Length);
        aes.Decrypt(Convert.FromBase64String(nonce), input, tagBytes, output, associatedData);
        return Encoding.UTF8.GetString(output);
    }
}

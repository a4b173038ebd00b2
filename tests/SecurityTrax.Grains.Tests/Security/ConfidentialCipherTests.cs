using System.Security.Cryptography;
using System.Text;
using SecurityTrax.Security;

namespace SecurityTrax.Grains.Tests.Security;

/// <summary>Each confidential value opens only at its company, record and field, under any key of the ring; v1 still reads.</summary>
public sealed class ConfidentialCipherTests
{
    private static readonly byte[] Old = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] New = RandomNumberGenerator.GetBytes(32);
    private static readonly ConfidentialField Ssn = new("acme", "customer/1001", "ssn");

    [Fact]
    public void AValueOpensWhereItWasWritten()
    {
        var cipher = Ring(("k1", Old));

        var stored = cipher.Protect("123-45-6789", Ssn);

        Assert.StartsWith("v2:k1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("6789", stored, StringComparison.Ordinal);
        Assert.Equal("123-45-6789", cipher.Unprotect(stored, Ssn));
    }

    [Theory]
    [InlineData("acme", "customer/1002", "ssn")]
    [InlineData("acme", "customer/1001", "dateOfBirth")]
    [InlineData("other-co", "customer/1001", "ssn")]
    public void AValueCopiedToAnotherRowFieldOrCompanyDoesNotOpen(string company, string record, string field)
    {
        var cipher = Ring(("k1", Old));
        var stored = cipher.Protect("123-45-6789", Ssn);
        var elsewhere = new ConfidentialField(company, record, field);

        var refused = Assert.Throws<ConfidentialValueException>(() => cipher.Unprotect(stored, elsewhere));

        Assert.Equal(elsewhere, refused.Place);
        Assert.Contains($"{field} of {record} ({company})", refused.Message, StringComparison.Ordinal);
        Assert.Contains("not written for this company, record and field", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesThatRunTogetherStillDiffer()
    {
        var cipher = Ring(("k1", Old));
        var stored = cipher.Protect("x", new ConfidentialField("ab", "c", "d"));

        Assert.Throws<ConfidentialValueException>(() => cipher.Unprotect(stored, new ConfidentialField("a", "bc", "d")));
    }

    [Fact]
    public void TheNewestKeyEncryptsEveryKeyDecryptsAndAMissingKeyIsNamed()
    {
        var before = Ring(("k1", Old));
        var after = Ring(("k1", Old), ("k2", New));
        var onlyNew = Ring(("k2", New));
        var written = before.Protect("old secret", Ssn);

        var rewritten = after.Rewrap(written, Ssn);

        Assert.True(after.IsStale(written));
        Assert.StartsWith("v2:k2:", rewritten, StringComparison.Ordinal);
        Assert.False(after.IsStale(rewritten));
        Assert.Same(rewritten, after.Rewrap(rewritten, Ssn));
        Assert.Equal("old secret", after.Unprotect(written, Ssn));
        Assert.Equal("old secret", onlyNew.Unprotect(rewritten, Ssn));
        var missing = Assert.Throws<ConfidentialValueException>(() => onlyNew.Unprotect(written, Ssn));
        Assert.Contains("key 'k1' is not configured", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AV1ValueWithoutAssociatedDataStillReadsAndIsRewrittenAsV2()
    {
        var v1 = V1(Old, "987-65-4321");
        var cipher = Ring(("0", Old), ("k2", New));

        Assert.Equal("987-65-4321", cipher.Unprotect(v1, Ssn));
        Assert.True(cipher.IsStale(v1));
        var v2 = cipher.Rewrap(v1, Ssn);
        Assert.StartsWith("v2:k2:", v2, StringComparison.Ordinal);
        Assert.Equal("987-65-4321", cipher.Unprotect(v2, Ssn));
        Assert.Throws<ConfidentialValueException>(() => Ring(("k2", New)).Unprotect(v1, Ssn));
    }

    [Theory]
    [InlineData("plain text")]
    [InlineData("v2:k1:not-base64:x:y")]
    [InlineData("v3:a:b:c")]
    public void AMalformedValueIsAClearErrorNotACrash(string stored)
    {
        var refused = Assert.Throws<ConfidentialValueException>(() => Ring(("k1", Old)).Unprotect(stored, Ssn));

        Assert.Contains("ssn of customer/1001 (acme)", refused.Message, StringComparison.Ordinal);
    }

    private static ConfidentialCipher Ring(params (string Id, byte[] Key)[] keys) => new(keys);

    /// <summary>The form the first version wrote: <c>v1:{nonce}:{tag}:{ciphertext}</c>, no associated data.</summary>
    private static string V1(byte[] key, string plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[input.Length];
        var tag = new byte[16];
        using var aes = new AesGcm(key, tag.Length);
        aes.Encrypt(nonce, input, output, tag);
        return string.Join(':', "v1", Convert.ToBase64String(nonce), Convert.ToBase64String(tag), Convert.ToBase64String(output));
    }
}

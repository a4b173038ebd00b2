using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace SecurityTrax.Security;

/// <summary>
/// Certificates of the installation's authority that must no longer connect, by SHA-256 fingerprint (what
/// <c>openssl x509 -noout -fingerprint -sha256</c> prints; colons and case do not matter). A fingerprint names one
/// certificate whichever authority issued it, where a serial number is unique only per authority.
/// </summary>
public sealed class RevokedCertificates
{
    public const string Key = "Cluster:RevokedCertificates";

    private static readonly char[] Separators = [',', ';', ' ', '\n', '\r', '\t'];

    private readonly HashSet<string> fingerprints;

    private RevokedCertificates(HashSet<string> fingerprints) => this.fingerprints = fingerprints;

    /// <summary>How many certificates are listed.</summary>
    public int Count => fingerprints.Count;

    /// <summary>
    /// Reads the list: one entry per child (<c>Cluster__RevokedCertificates__0</c>, a JSON array) or a single value with
    /// entries separated by commas or spaces. An entry that is not a fingerprint fails start-up naming the setting.
    /// </summary>
    public static RevokedCertificates From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var entries = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries));
        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var normalized = entry.Replace(":", "", StringComparison.Ordinal).ToUpperInvariant();
            if (normalized.Length != 64 || !normalized.All(char.IsAsciiHexDigit))
            {
                throw new InvalidOperationException(
                    $"Configuration '{Key}' lists '{entry}', which is not a SHA-256 certificate fingerprint (64 hexadecimal "
                    + "digits, colons allowed: openssl x509 -noout -fingerprint -sha256 -in certificate.pem).");
            }

            fingerprints.Add(normalized);
        }

        return new RevokedCertificates(fingerprints);
    }

    /// <summary>The SHA-256 fingerprint of <paramref name="certificate"/>, upper-case hexadecimal without colons.</summary>
    public static string FingerprintOf(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    public bool Contains(X509Certificate2 certificate) => fingerprints.Count > 0 && fingerprints.Contains(FingerprintOf(certificate));
}

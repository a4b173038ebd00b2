using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace SecurityTrax.Security;

/// <summary>
/// The certificates of the cluster port (silo-to-silo and gateway-to-silo TLS): this process's own certificate and key,
/// the installation's certificate authority that every peer's certificate must be issued by, and the certificates
/// revoked since. Silos and gateways both read it, so it lives with the contracts they share.
/// </summary>
public sealed class ClusterTrust
{
    public const string CertificateKey = "Cluster:Tls:Certificate";
    public const string KeyKey = "Cluster:Tls:Key";
    public const string AuthorityKey = "Cluster:Tls:Authority";

    private ClusterTrust(X509Certificate2 certificate, X509Certificate2Collection authorities, RevokedCertificates revoked)
    {
        Certificate = certificate;
        Authorities = authorities;
        Revoked = revoked;
    }

    /// <summary>This process's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>
    /// The installation's certificate authority, the only root a peer's certificate may chain to; while the authority
    /// is replaced, the file holds the old and the new one.
    /// </summary>
    public X509Certificate2Collection Authorities { get; }

    /// <summary>Certificates that never connect, although the authority issued them.</summary>
    public RevokedCertificates Revoked { get; }

    /// <summary>
    /// Reads the PEM files and the revocation list. A missing setting or file, a certificate without the process's own
    /// <paramref name="role"/>, or one that is itself revoked fails start-up naming the setting.
    /// </summary>
    public static ClusterTrust FromConfiguration(IConfiguration configuration, ClusterRole role)
    {
        var certificatePath = Required(CertificateKey, configuration[CertificateKey]);
        var keyPath = Required(KeyKey, configuration[KeyKey]);
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(Required(AuthorityKey, configuration[AuthorityKey]));
        if (authorities.Count == 0)
        {
            throw new InvalidOperationException($"Configuration '{AuthorityKey}' names a file without a PEM certificate.");
        }

        var certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        if (!ClusterRoles.Holds(certificate, role))
        {
            throw new InvalidOperationException(
                $"Configuration '{CertificateKey}' names a certificate without the {role.ToString().ToLowerInvariant()} role "
                + $"(subject alternative name {ClusterRoles.UriOf(role)}); scripts/certs.sh issues certificates with their roles.");
        }

        var revoked = RevokedCertificates.From(configuration);
        return revoked.Contains(certificate)
            ? throw new InvalidOperationException(
                $"Configuration '{CertificateKey}' names a certificate listed in '{RevokedCertificates.Key}'; issue this process a new one.")
            : new ClusterTrust(certificate, authorities, revoked);
    }

    /// <summary>
    /// True when <paramref name="remote"/> was issued by one of this installation's authorities, is in date, holds
    /// <paramref name="role"/> and is not revoked.
    /// </summary>
    public bool Accepts(X509Certificate2 remote, ClusterRole role)
    {
        if (Revoked.Contains(remote) || !ClusterRoles.Holds(remote, role))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(Authorities);
        // The authority publishes no revocation list: revoked certificates are listed in the configuration instead.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(remote) && Authorities.Contains(chain.ChainElements[^1].Certificate);
    }

    private static string Required(string setting, string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException(
                $"Configuration '{setting}' is required (environment variable {setting.Replace(":", "__", StringComparison.Ordinal)}): "
                + "the cluster port accepts only TLS with certificates of this installation's authority; ./run.sh generates them.");
        }

        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Configuration '{setting}' names '{path}', which does not exist.");
    }
}

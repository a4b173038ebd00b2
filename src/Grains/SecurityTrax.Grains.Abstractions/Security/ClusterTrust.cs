using System.Security.Cryptography.X509Certificates;

namespace SecurityTrax.Security;

/// <summary>
/// The certificates of the cluster port (silo-to-silo and gateway-to-silo TLS): this process's own certificate and key,
/// and the installation's certificate authority that every peer's certificate must be issued by. Silos and gateways
/// both read it, so it lives with the contracts they share.
/// </summary>
public sealed class ClusterTrust
{
    public const string CertificateKey = "Cluster:Tls:Certificate";
    public const string KeyKey = "Cluster:Tls:Key";
    public const string AuthorityKey = "Cluster:Tls:Authority";

    private ClusterTrust(X509Certificate2 certificate, X509Certificate2Collection authorities)
    {
        Certificate = certificate;
        Authorities = authorities;
    }

    /// <summary>This process's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>
    /// The installation's certificate authority, the only root a peer's certificate may chain to; while the authority
    /// is replaced, the file holds the old and the new one.
    /// </summary>
    public X509Certificate2Collection Authorities { get; }

    /// <summary>Reads PEM files; a missing setting or file fails start-up naming the setting.</summary>
    public static ClusterTrust FromPemFiles(string? certificate, string? key, string? authority)
    {
        var certificatePath = Required(CertificateKey, certificate);
        var keyPath = Required(KeyKey, key);
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(Required(AuthorityKey, authority));
        if (authorities.Count == 0)
        {
            throw new InvalidOperationException($"Configuration '{AuthorityKey}' names a file without a PEM certificate.");
        }

        return new ClusterTrust(X509Certificate2.CreateFromPemFile(certificatePath, keyPath), authorities);
    }

    /// <summary>True when <paramref name="remote"/> was issued by one of this installation's authorities (and is in date).</summary>
    public bool Accepts(X509Certificate2 remote)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(Authorities);
        // The installation's own authority issues and replaces these certificates; it publishes no revocation list.
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

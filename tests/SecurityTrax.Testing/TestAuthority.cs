using System.Security.Cryptography.X509Certificates;
using SecurityTrax.Security;

namespace SecurityTrax.Testing;

/// <summary>The run's authority (kept with its key, to issue more), its silo and gateway certificates, and another authority.</summary>
internal sealed class TestAuthority
{
    private readonly string folder = Directory.CreateTempSubdirectory("securitytrax-test-certificates-").FullName;
    private readonly string authorityPath;

    public TestAuthority()
    {
        var folderToDelete = folder;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folderToDelete, recursive: true);
        Authority = TestCertificates.Authority("CN=SecurityTrax test authority");
        Other = TestCertificates.Authority("CN=Another system's authority");
        authorityPath = Path.Combine(folder, "ca.pem");
        File.WriteAllText(authorityPath, Authority.ExportCertificatePem());
        Silo = Write("silo", TestCertificates.Leaf(Authority, ClusterRole.Silo));
        Gateway = Write("gateway", TestCertificates.Leaf(Authority, ClusterRole.Gateway));
    }

    public X509Certificate2 Authority { get; }

    public X509Certificate2 Other { get; }

    public IReadOnlyDictionary<string, string?> Silo { get; }

    public IReadOnlyDictionary<string, string?> Gateway { get; }

    /// <summary>Writes <paramref name="certificate"/> and its key as PEM files and answers the settings that name them.</summary>
    public IReadOnlyDictionary<string, string?> Write(string name, X509Certificate2 certificate)
    {
        var certificatePath = Path.Combine(folder, name + ".pem");
        var keyPath = Path.Combine(folder, name + ".key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return new Dictionary<string, string?>
        {
            [ClusterTrust.CertificateKey] = certificatePath,
            [ClusterTrust.KeyKey] = keyPath,
            [ClusterTrust.AuthorityKey] = authorityPath,
        };
    }
}

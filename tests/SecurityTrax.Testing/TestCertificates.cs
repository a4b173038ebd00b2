using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using SecurityTrax.Security;

namespace SecurityTrax.Testing;

/// <summary>
/// A throw-away certificate authority per test run with a silo and a gateway certificate, as PEM files the hosts read
/// through their usual settings; and a stranger's certificate from another authority. ECDSA keys: made in milliseconds.
/// </summary>
public static class TestCertificates
{
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");
    private static readonly Lazy<(IReadOnlyDictionary<string, string?> Silo, IReadOnlyDictionary<string, string?> Gateway, X509Certificate2 Stranger)> Run =
        new(Issue);

    /// <summary>The silo's settings: its certificate (server and client use), key and the run's authority.</summary>
    public static IReadOnlyDictionary<string, string?> Silo => Run.Value.Silo;

    /// <summary>The gateway's settings: its client certificate, key and the run's authority.</summary>
    public static IReadOnlyDictionary<string, string?> Gateway => Run.Value.Gateway;

    /// <summary>Gives a gateway under test its certificate settings.</summary>
    public static IWebHostBuilder UseTestCertificates(this IWebHostBuilder web)
    {
        foreach (var (key, value) in Gateway)
        {
            web.UseSetting(key, value);
        }

        return web;
    }

    /// <summary>An Orleans client with TLS as the gateway has it: <paramref name="certificate"/> or the gateway's.</summary>
    public static IClientBuilder UseTestTls(this IClientBuilder client, X509Certificate2? certificate = null)
    {
        var trust = ClusterTrust.FromPemFiles(Gateway[ClusterTrust.CertificateKey], Gateway[ClusterTrust.KeyKey], Gateway[ClusterTrust.AuthorityKey]);
        return client.UseTls(certificate ?? trust.Certificate, o => o.RemoteCertificateValidation = (remote, _, _) => trust.Accepts(remote));
    }

    /// <summary>A client certificate issued by another authority: a silo must refuse it.</summary>
    public static X509Certificate2 Stranger => Run.Value.Stranger;

    private static (IReadOnlyDictionary<string, string?>, IReadOnlyDictionary<string, string?>, X509Certificate2) Issue()
    {
        var folder = Directory.CreateTempSubdirectory("securitytrax-test-certificates-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        using var authority = Authority("CN=SecurityTrax test authority");
        var authorityPath = Path.Combine(folder, "ca.pem");
        File.WriteAllText(authorityPath, authority.ExportCertificatePem());
        using var otherAuthority = Authority("CN=Another system's authority");
        return (
            Write(folder, "silo", Leaf(authority, "CN=securitytrax-silo", ServerAuth, ClientAuth), authorityPath),
            Write(folder, "gateway", Leaf(authority, "CN=securitytrax-gateway", ClientAuth), authorityPath),
            Leaf(otherAuthority, "CN=stranger", ClientAuth));
    }

    private static X509Certificate2 Authority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static X509Certificate2 Leaf(X509Certificate2 authority, string subject, params Oid[] usages)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([.. usages], false));
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(29), RandomNumberGenerator.GetBytes(8));
        return issued.CopyWithPrivateKey(key);
    }

    private static Dictionary<string, string?> Write(string folder, string name, X509Certificate2 certificate, string authorityPath)
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

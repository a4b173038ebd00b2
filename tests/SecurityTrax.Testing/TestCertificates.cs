using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using SecurityTrax.Security;

namespace SecurityTrax.Testing;

/// <summary>
/// A throw-away certificate authority per test run with a silo and a gateway certificate, as PEM files the hosts read
/// through their usual settings; more certificates of either role on demand; and a stranger's certificate from another
/// authority. ECDSA keys: made in milliseconds.
/// </summary>
public static class TestCertificates
{
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");
    private static readonly Lazy<TestAuthority> Run = new(() => new TestAuthority());

    /// <summary>The silo's settings: its certificate (silo role), key and the run's authority.</summary>
    public static IReadOnlyDictionary<string, string?> Silo => Run.Value.Silo;

    /// <summary>The gateway's settings: its certificate (gateway role), key and the run's authority.</summary>
    public static IReadOnlyDictionary<string, string?> Gateway => Run.Value.Gateway;

    /// <summary>A certificate of <paramref name="role"/> from another authority: the cluster must refuse it.</summary>
    public static X509Certificate2 Stranger(ClusterRole role) => Leaf(Run.Value.Other, role);

    /// <summary>Gives a gateway under test its certificate settings.</summary>
    public static IWebHostBuilder UseTestCertificates(this IWebHostBuilder web)
    {
        foreach (var (key, value) in Gateway)
        {
            web.UseSetting(key, value);
        }

        return web;
    }

    /// <summary>
    /// An Orleans client with TLS as the gateway has it: <paramref name="certificate"/> or the gateway's, accepting only
    /// silo certificates and none of <paramref name="revoked"/> (fingerprints).
    /// </summary>
    public static IClientBuilder UseTestTls(this IClientBuilder client, X509Certificate2? certificate = null, params string[] revoked)
    {
        var settings = Gateway.Concat(revoked.Select((r, i) => KeyValuePair.Create($"{RevokedCertificates.Key}:{i}", (string?)r)));
        var trust = ClusterTrust.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), ClusterRole.Gateway);
        return client.UseTls(certificate ?? trust.Certificate, o => o.RemoteCertificateValidation = (remote, _, _) => trust.Accepts(remote, ClusterRole.Silo));
    }

    /// <summary>Issues one more certificate of <paramref name="role"/> from the run's authority, with its settings.</summary>
    public static (IReadOnlyDictionary<string, string?> Settings, X509Certificate2 Certificate) IssueAnother(ClusterRole role)
    {
        var certificate = Leaf(Run.Value.Authority, role);
        return (Run.Value.Write($"{role}-{Guid.NewGuid():N}".ToLowerInvariant(), certificate), certificate);
    }

    /// <summary>The certificate, with its key, that <paramref name="settings"/> name.</summary>
    public static X509Certificate2 CertificateOf(IReadOnlyDictionary<string, string?> settings) =>
        X509Certificate2.CreateFromPemFile(settings[ClusterTrust.CertificateKey]!, settings[ClusterTrust.KeyKey]);

    internal static X509Certificate2 Authority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    /// <summary>A leaf as scripts/certs.sh issues it: the role's URI name and key usages.</summary>
    internal static X509Certificate2 Leaf(X509Certificate2 authority, ClusterRole role)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN=securitytrax-{role.ToString().ToLowerInvariant()}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(role == ClusterRole.Silo ? [ServerAuth, ClientAuth] : [ClientAuth], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddUri(ClusterRoles.UriOf(role));
        request.CertificateExtensions.Add(names.Build());
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(29), RandomNumberGenerator.GetBytes(8));
        return issued.CopyWithPrivateKey(key);
    }
}

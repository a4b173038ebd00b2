using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using SecurityTrax.Security;

namespace SecurityTrax.Silo.Hosting;

/// <summary>
/// Checks a peer's certificate on one kind of cluster connection and logs a refusal with its reason and fingerprint
/// (Orleans' own log says only that authentication failed), so that a revoked or misissued certificate is found.
/// </summary>
public sealed partial class ClusterPeerCheck(ClusterTrust trust, ClusterRole peer, string connection, ILogger<ClusterPeerCheck> logger)
{
    public bool Accepts(X509Certificate2 certificate)
    {
        if (trust.Accepts(certificate, peer))
        {
            return true;
        }

        var reason = trust.Revoked.Contains(certificate) ? $"listed in {RevokedCertificates.Key}"
            : !ClusterRoles.Holds(certificate, peer) ? $"not a {peer.ToString().ToLowerInvariant()} certificate"
            : "not issued by this installation's authority, or out of date";
        LogRefused(connection, reason, certificate.Subject, RevokedCertificates.FingerprintOf(certificate));
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a certificate on a {Connection} connection, {Reason}: subject {Subject}, SHA-256 {Fingerprint}")]
    private partial void LogRefused(string connection, string reason, string subject, string fingerprint);
}

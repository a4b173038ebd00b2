using Orleans.Configuration;
using Orleans.Connections.Security;
using SecurityTrax.Security;

namespace SecurityTrax.Silo.Hosting;

/// <summary>
/// TLS on the silo's two ports, checked per kind of connection: between silos (either way) only silo certificates, on
/// the client gateway port only gateway certificates (silos never connect there). All of this installation's authority
/// and none revoked.
/// </summary>
public static class ClusterTls
{
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterTrust trust) =>
        silo.Configure<SiloConnectionOptions>(o =>
        {
            o.ConfigureSiloInboundConnection(c => c.UseServerTls(Options(trust, ClusterRole.Silo)));
            o.ConfigureSiloOutboundConnection(c => c.UseClientTls(Options(trust, ClusterRole.Silo)));
            o.ConfigureGatewayInboundConnection(c => c.UseServerTls(Options(trust, ClusterRole.Gateway)));
        });

    private static TlsOptions Options(ClusterTrust trust, ClusterRole peer) => new()
    {
        LocalCertificate = trust.Certificate,
        RemoteCertificateMode = RemoteCertificateMode.RequireCertificate,
        ClientCertificateMode = RemoteCertificateMode.RequireCertificate,
        RemoteCertificateValidation = (certificate, _, _) => trust.Accepts(certificate, peer),
    };
}

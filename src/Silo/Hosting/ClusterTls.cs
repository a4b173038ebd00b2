using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterTrust trust)
    {
        silo.Services.AddOptions<SiloConnectionOptions>().Configure<ILogger<ClusterPeerCheck>>((o, log) =>
        {
            o.ConfigureSiloInboundConnection(c => c.UseServerTls(Options(trust, new(trust, ClusterRole.Silo, "silo inbound", log))));
            o.ConfigureSiloOutboundConnection(c => c.UseClientTls(Options(trust, new(trust, ClusterRole.Silo, "silo outbound", log))));
            o.ConfigureGatewayInboundConnection(c => c.UseServerTls(Options(trust, new(trust, ClusterRole.Gateway, "client gateway", log))));
        });
        return silo;
    }

    private static TlsOptions Options(ClusterTrust trust, ClusterPeerCheck check) => new()
    {
        LocalCertificate = trust.Certificate,
        RemoteCertificateMode = RemoteCertificateMode.RequireCertificate,
        ClientCertificateMode = RemoteCertificateMode.RequireCertificate,
        RemoteCertificateValidation = (certificate, _, _) => check.Accepts(certificate),
    };
}

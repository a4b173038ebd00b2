using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace SecurityTrax.Persistence.Tests.Cluster;

/// <summary>
/// A bare TLS client for one of a silo's ports, to see whether the silo accepts a certificate. The server checks the
/// client's certificate after the client's side of the handshake is done, so a refusal shows as the connection
/// closing; an accepted connection stays open, waiting for the Orleans preamble this client never sends.
/// </summary>
internal static class ClusterHandshake
{
    /// <summary>True when the silo closes the connection (within a generous deadline).</summary>
    public static async Task<bool> RefusesAsync(int port, X509Certificate2 certificate) =>
        await ClosesWithinAsync(port, certificate, TimeSpan.FromSeconds(10));

    /// <summary>True when the connection is still open a while after the handshake.</summary>
    public static async Task<bool> AcceptsAsync(int port, X509Certificate2 certificate) =>
        !await ClosesWithinAsync(port, certificate, TimeSpan.FromSeconds(1.5));

    private static async Task<bool> ClosesWithinAsync(int port, X509Certificate2 certificate, TimeSpan wait)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        // The server's certificate is not what is under test here.
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, (_, _, _, _) => true);
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "securitytrax",
                LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate,
            }).WaitAsync(TimeSpan.FromSeconds(10));
            return await tls.ReadAsync(new byte[1]).AsTask().WaitAsync(wait) == 0;
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            return true;
        }
    }
}

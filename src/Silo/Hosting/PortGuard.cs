using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace SecurityTrax.Silo.Hosting;

/// <summary>
/// Refuses to start the silo when its silo or client gateway port is already taken, before Orleans binds them.
/// </summary>
/// <remarks>
/// Orleans binds its listeners with .NET's ReuseAddress, which on Linux also sets SO_REUSEPORT: a second silo on the
/// same ports would bind beside the first and the kernel would share the connections between two systems. This probe
/// binds with SO_REUSEADDR alone (so a port left in TIME_WAIT by a silo that just stopped is still usable), which the
/// kernel refuses while anyone listens there.
/// </remarks>
public sealed partial class PortGuard(IOptions<EndpointOptions> endpoints, ILogger<PortGuard> logger) : StartupStep
{
    private const int SolSocket = 1;
    private const int SoReuseAddr = 2;

    public override Task StartingAsync(CancellationToken cancellationToken)
    {
        var options = endpoints.Value;
        var advertised = options.AdvertisedIPAddress ?? IPAddress.Loopback;
        Probe("Cluster:SiloPort", options.SiloListeningEndpoint ?? new IPEndPoint(advertised, options.SiloPort));
        if (options.GatewayPort > 0)
        {
            Probe("Cluster:GatewayPort", options.GatewayListeningEndpoint ?? new IPEndPoint(advertised, options.GatewayPort));
        }

        return Task.CompletedTask;
    }

    private void Probe(string setting, IPEndPoint endpoint)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (OperatingSystem.IsLinux())
        {
            socket.SetRawSocketOption(SolSocket, SoReuseAddr, BitConverter.GetBytes(1));
        }

        try
        {
            socket.Bind(endpoint);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            var message = $"Port {endpoint.Port} ({setting}, {endpoint}) is already in use by another process; this silo will not "
                + $"share it. Stop the other process or set {setting.Replace(":", "__", StringComparison.Ordinal)} to a free port.";
            LogPortTaken(message);
            throw new PortInUseException(message, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason}")]
    private partial void LogPortTaken(string reason);
}

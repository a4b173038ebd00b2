namespace SecurityTrax.Gateway.Hosting;

/// <summary>
/// Whether this gateway is connected to at least one silo, told by the Orleans client as connections come and go;
/// <see cref="Lost"/> fires when the last connection drops, so calls waiting on it can stop waiting.
/// </summary>
public sealed partial class ClusterConnectionWatch(ILogger<ClusterConnectionWatch> logger) : IClusterConnectionStatusObserver
{
    // Changes take the lock; every grain call reads both fields without it (they are replaced, never changed in place).
    private readonly Lock _gate = new();
    private volatile CancellationTokenSource _lost = new();
    private volatile bool _down;

    public bool IsDown => _down;

    /// <summary>Cancelled when the connection of the current up period is lost; a fresh token after recovery.</summary>
    public CancellationToken Lost => _lost.Token;

    public void NotifyClusterConnectionLost() => MarkDown();

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        if (currentNumberOfGateways == 0)
        {
            MarkDown();
        }
        else
        {
            MarkUp(currentNumberOfGateways);
        }
    }

    private void MarkDown()
    {
        CancellationTokenSource lost;
        lock (_gate)
        {
            if (_down)
            {
                return;
            }

            _down = true;
            lost = _lost;
        }

        LogLost();
        lost.Cancel();
    }

    private void MarkUp(int gateways)
    {
        lock (_gate)
        {
            if (!_down)
            {
                return;
            }

            _lost = new CancellationTokenSource();
            _down = false;
        }

        LogRecovered(gateways);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection to every silo; requests answer 503 until one is back")]
    private partial void LogLost();

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to {Gateways} silo gateway(s) again")]
    private partial void LogRecovered(int gateways);
}

using Microsoft.Extensions.Logging;

namespace SecurityTrax.Silo.Hosting;

/// <summary>Says once, after every start-up step (migrations, Orleans) has finished, that the silo serves.</summary>
public sealed partial class StartupAnnouncer(ILocalSiloDetails silo, ILogger<StartupAnnouncer> logger) : StartupStep
{
    public override Task StartedAsync(CancellationToken cancellationToken)
    {
        LogStarted(silo.SiloAddress.ToString(), silo.GatewayAddress?.ToString() ?? "none");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SecurityTrax silo started: silo {Silo}, client gateway {Gateway}")]
    private partial void LogStarted(string silo, string gateway);
}

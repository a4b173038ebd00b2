namespace SecurityTrax.Persistence.Tests.Probes;

[Alias("SecurityTrax.Tests.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    [Alias("Start")]
    Task StartAsync(TimeSpan period);

    [Alias("Stop")]
    Task StopAsync();

    [Alias("Ticks")]
    Task<int> TicksAsync();
}

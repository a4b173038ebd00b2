using SecurityTrax.Security;

namespace SecurityTrax.Silo.Hosting;

/// <summary>
/// Starts a pass of the re-encryption once the silo serves: after a new key is added to <c>Encryption:Keys</c>, every
/// stored confidential value is rewritten under it without waiting for its record's next write.
/// </summary>
/// <remarks>One-way: the start does not wait for the pass; when nothing is stale, the pass is one query.</remarks>
public sealed class ConfidentialRewrapStarter(IGrainFactory grains) : StartupStep
{
    public override Task StartedAsync(CancellationToken cancellationToken) =>
        grains.GetGrain<IConfidentialRewrapGrain>(IConfidentialRewrapGrain.Key).RunAsync();
}

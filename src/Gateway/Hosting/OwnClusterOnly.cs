using SecurityTrax.Platform;

namespace SecurityTrax.Gateway.Hosting;

/// <summary>
/// No call to our grains leaves this gateway before the cluster it reached has shown to be its own installation's (at
/// start-up and again after every reconnection); calls meanwhile wait for that check, and fail as an outage when it fails.
/// </summary>
/// <remarks>Orleans' own calls (the client's start, manifests) pass: the check itself needs them.</remarks>
public sealed class OwnClusterOnly(ClusterIdentityCheck check) : IOutgoingGrainCallFilter
{
    private static readonly System.Reflection.Assembly Contracts = typeof(IInstallationGrain).Assembly;

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (check.IsVerified)
        {
            return context.Invoke();
        }

        var contract = context.Request.GetInterfaceType();
        return contract.Assembly != Contracts || contract == typeof(IInstallationGrain)
            ? context.Invoke()
            : CheckThenInvokeAsync(context);
    }

    private async Task CheckThenInvokeAsync(IOutgoingGrainCallContext context)
    {
        await check.EnsureAsync();
        await context.Invoke();
    }
}

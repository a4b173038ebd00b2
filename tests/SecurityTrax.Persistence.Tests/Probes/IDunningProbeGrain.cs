using SecurityTrax.Dunning;

namespace SecurityTrax.Persistence.Tests.Probes;

/// <summary>Runs a customer's dunning from inside the silo, as its reminder tick does (the grain is silo only).</summary>
[Alias("SecurityTrax.Tests.IDunningProbeGrain")]
public interface IDunningProbeGrain : IGrainWithStringKey
{
    [Alias("RunDue")]
    Task<InvoiceDunning[]> RunDueAsync(string tenant, long customer);
}

using System.Globalization;
using SecurityTrax.Dunning;

namespace SecurityTrax.Persistence.Tests.Probes;

public sealed class DunningProbeGrain : Grain, IDunningProbeGrain
{
    public Task<InvoiceDunning[]> RunDueAsync(string tenant, long customer) =>
        GrainFactory.GetGrain<IDunningGrain>(GrainKeys.For(tenant, customer.ToString(CultureInfo.InvariantCulture))).RunDueAsync();
}

namespace SecurityTrax.Persistence.Tests.Probes;

/// <summary>Takes a hold on an invoice from inside the silo, as a payment does before it stores itself.</summary>
[Alias("SecurityTrax.Tests.IHoldProbeGrain")]
public interface IHoldProbeGrain : IGrainWithStringKey
{
    [Alias("Hold")]
    Task HoldAsync(string tenant, long invoice, string holdId, long payment, long customer, decimal amount);
}

namespace SecurityTrax.Persistence.Tests.Probes;

/// <summary>A grain with persisted state, to exercise the storage provider and placement.</summary>
[Alias("SecurityTrax.Tests.IProbeGrain")]
public interface IProbeGrain : IGrainWithStringKey
{
    [Alias("Set")]
    Task SetAsync(string value);

    [Alias("Get")]
    Task<string?> GetAsync();

    [Alias("Where")]
    Task<string> WhereAsync();

    [Alias("Deactivate")]
    Task DeactivateAsync();
}

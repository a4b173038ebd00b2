namespace SecurityTrax.Security;

/// <summary>A grain whose state holds confidential values: the re-encryption asks it to rewrite them under the newest key.</summary>
/// <remarks>Silo only; addressed with the grain class (several grain classes implement it).</remarks>
[Alias("SecurityTrax.IConfidentialRecordGrain")]
public interface IConfidentialRecordGrain : IGrainWithStringKey, ISiloOnlyGrain
{
    /// <summary>Rewrites values in an earlier form or under an older key and saves; true if any changed. Values and versions stay.</summary>
    [Alias("RewrapConfidential")]
    Task<bool> RewrapConfidentialAsync();
}

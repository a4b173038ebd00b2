using Orleans.Concurrency;
using SecurityTrax.Identity;

namespace SecurityTrax.Security;

/// <summary>The re-encryption of every stored confidential value under the newest key; one grain, key <see cref="Key"/>.</summary>
[Alias("SecurityTrax.IConfidentialRewrapGrain")]
public interface IConfidentialRewrapGrain : IGrainWithStringKey, IPlatformGrain
{
    public const string Key = "platform-confidential-rewrap";

    /// <summary>One pass over the stored records that still hold a value not under the newest key; started by each silo's start.</summary>
    [OneWay]
    [Alias("Run")]
    Task RunAsync();

    /// <summary>What the last pass did (for operators and tests).</summary>
    [Alias("LastRun")]
    Task<ConfidentialRewrapReport?> LastRunAsync();
}

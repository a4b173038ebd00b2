using SecurityTrax.Identity;

namespace SecurityTrax.Files;

/// <summary>A company's file policy and the storage its files use. Key <c>{tenant}/files</c>.</summary>
[Alias("SecurityTrax.ITenantFilesGrain")]
public interface ITenantFilesGrain : ITenantGrain
{
    public const string Id = "files";

    [Alias("Get")]
    Task<FilePolicy> GetAsync();

    [Alias("Update")]
    Task<FilePolicy> UpdateAsync(FilePolicyChange change, int expectedVersion);

    /// <summary>Counts a stored blob against the quota; false (and nothing counted) when it would pass it.</summary>
    /// <remarks>Keyed by blob, so asking twice counts once.</remarks>
    [Alias("Claim")]
    Task<bool> ClaimAsync(Guid blobId, long size);

    /// <summary>Gives a purged blob's bytes back to the quota.</summary>
    [Alias("Release")]
    Task ReleaseAsync(Guid blobId);
}

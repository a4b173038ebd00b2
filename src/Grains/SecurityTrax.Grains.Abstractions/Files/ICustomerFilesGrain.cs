using SecurityTrax.Identity;

namespace SecurityTrax.Files;

/// <summary>
/// The metadata of a customer's (or lead's) files and who may do what with them. Key <c>{tenant}/{customer number}</c>.
/// </summary>
/// <remarks>
/// Bytes never pass through here: the gateway reserves a blob id, streams the upload into the file store under it, then
/// commits. A reservation that is never committed is not listed and its blob is deleted when it expires.
/// </remarks>
[Alias("SecurityTrax.ICustomerFilesGrain")]
public interface ICustomerFilesGrain : ITenantGrain
{
    /// <summary>Room for one upload: a blob id and the most bytes it may have (the company's per-file limit).</summary>
    [Alias("Reserve")]
    Task<FileReservation> ReserveAsync();

    /// <summary>Records the stored uploads of one request as files, all or none; a refusal (size, quota) forgets their reservations.</summary>
    [Alias("Commit")]
    Task<FileCommit> CommitAsync(FileUpload[] uploads);

    /// <summary>Drops a reservation whose upload failed, and its bytes if any were stored.</summary>
    [Alias("Cancel")]
    Task CancelAsync(Guid blobId);

    [Alias("List")]
    Task<FileDetails[]> ListAsync(bool deleted);

    [Alias("Get")]
    Task<FileDetails> GetAsync(int fileId);

    [Alias("Update")]
    Task<FileDetails> UpdateAsync(int fileId, FileEdit edit, int expectedVersion);

    /// <summary>Soft delete; <paramref name="anyAge"/> lifts the company's "only your own recent uploads" policy.</summary>
    [Alias("Delete")]
    Task DeleteAsync(int fileId, int expectedVersion, bool anyAge);

    /// <summary>Brings back a deleted file within the restore window.</summary>
    [Alias("Restore")]
    Task<FileDetails> RestoreAsync(int fileId, int expectedVersion);
}

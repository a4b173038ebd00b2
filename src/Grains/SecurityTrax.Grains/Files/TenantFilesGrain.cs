using SecurityTrax.Errors;
using SecurityTrax.Persistence;

namespace SecurityTrax.Files;

public sealed class TenantFilesGrain(
    [PersistentState(StorageNames.TenantFiles, StorageNames.Main)] IPersistentState<TenantFilesState> state) : Grain, ITenantFilesGrain
{
    public const long DefaultMaxFileBytes = 25L * 1024 * 1024;
    public const long DefaultQuotaBytes = 10L * 1024 * 1024 * 1024;

    /// <summary>The largest per-file limit a company can choose: a single file beyond it belongs elsewhere.</summary>
    public const long LargestFileBytes = 2L * 1024 * 1024 * 1024;

    private TenantFilesState State => state.State;

    public Task<FilePolicy> GetAsync() => Task.FromResult(ToPolicy());

    public async Task<FilePolicy> UpdateAsync(FilePolicyChange change, int expectedVersion)
    {
        if (expectedVersion != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        var errors = new List<FieldError>();
        if (change.MaxFileBytes is < 1 or > LargestFileBytes)
        {
            errors.Add(new FieldError("maxFileBytes", $"Between 1 and {LargestFileBytes} bytes."));
        }

        if (change.QuotaBytes < 0)
        {
            errors.Add(new FieldError("quotaBytes", "At least 0 bytes."));
        }

        if (change.DeleteOwnWithinDays is < 1 or > 3650)
        {
            errors.Add(new FieldError("deleteOwnWithinDays", "Between 1 and 3650 days, or null for no limit."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        (State.MaxFileBytes, State.QuotaBytes, State.DeleteOwnWithinDays, State.KeepImageLocation) =
            (change.MaxFileBytes, change.QuotaBytes, change.DeleteOwnWithinDays, change.KeepImageLocation);
        State.Version++;
        await state.WriteStateAsync();
        return ToPolicy();
    }

    public async Task<bool> ClaimAsync(Guid blobId, long size)
    {
        if (State.Blobs.ContainsKey(blobId))
        {
            return true;
        }

        if (State.UsedBytes + size > State.QuotaBytes)
        {
            return false;
        }

        State.Blobs[blobId] = size;
        State.UsedBytes += size;
        await state.WriteStateAsync();
        return true;
    }

    public async Task ReleaseAsync(Guid blobId)
    {
        if (State.Blobs.Remove(blobId, out var size))
        {
            State.UsedBytes -= size;
            await state.WriteStateAsync();
        }
    }

    private FilePolicy ToPolicy() =>
        new(State.MaxFileBytes, State.QuotaBytes, State.UsedBytes, State.DeleteOwnWithinDays, State.KeepImageLocation, State.Version);
}

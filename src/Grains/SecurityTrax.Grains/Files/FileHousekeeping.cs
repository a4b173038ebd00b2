using System.Globalization;
using SecurityTrax.FileStore;
using SecurityTrax.Outbox;

namespace SecurityTrax.Files;

/// <summary>
/// Removes what is due to go: bytes of reservations never committed and files deleted longer ago than the restore
/// window. A reminder exists while anything waits, so this happens even if nobody opens the customer again.
/// </summary>
public sealed class FileHousekeeping(Grain grain, IFileStore store, ITenantFilesGrain company, string tenant)
{
    public const string ReminderName = "files";

    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public Task KeepAsync() => grain.RegisterOrUpdateReminder(ReminderName, Every, Every);

    public async Task StopIfIdleAsync(CustomerFilesState state)
    {
        if (state.Reservations.Count == 0 && state.Files.All(f => f.DeletedAt is null) && !FileThumbnails.AnyPending(state) && await grain.GetReminder(ReminderName) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }

    /// <summary>Deletes the bytes first and then forgets them, so a crash in between only repeats a harmless delete.</summary>
    public async Task PurgeDueAsync(CustomerFilesState state, DateTimeOffset now, Func<Task> save, Func<DateTimeOffset, HistoryRecorder> history)
    {
        var lapsed = state.Reservations.Where(r => r.Value <= now).Select(r => r.Key).ToList();
        var purged = state.Files.Where(f => f.DeletedAt is { } at && now - at >= FileRules.RestoreWindow).ToList();
        if (lapsed.Count == 0 && purged.Count == 0)
        {
            return;
        }

        var thumbnails = purged.Where(f => ThumbnailMaker.Accepts(f.ContentType)).Select(f => ThumbnailMaker.BlobOf(f.BlobId));
        foreach (var blob in lapsed.Concat(purged.Select(f => f.BlobId)).Concat(thumbnails))
        {
            await store.DeleteAsync(tenant, blob, CancellationToken.None);
        }

        foreach (var file in purged)
        {
            await company.ReleaseAsync(file.BlobId);
            state.Files.Remove(file);
            history(now).Add("file", file.Id.ToString(CultureInfo.InvariantCulture), "purged", "name", file.Name, null);
        }

        lapsed.ForEach(b => state.Reservations.Remove(b));
        await save();
    }
}

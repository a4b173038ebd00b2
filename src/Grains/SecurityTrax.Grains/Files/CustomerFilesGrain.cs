using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.FileStore;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;

namespace SecurityTrax.Files;

public sealed class CustomerFilesGrain(
    [PersistentState(StorageNames.CustomerFiles, StorageNames.Main)] IPersistentState<CustomerFilesState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    IFileStore store,
    OutboxWriter outbox,
    ILogger<CustomerFilesGrain> logger)
    : OutboxGrain<CustomerFilesState>(state, outbox, logger), ICustomerFilesGrain, IRemindable
{
    private const string Entity = "file";

    private readonly ILogger _logger = logger;
    private IGrainTimer? _thumbnails;

    private string CustomerId => GrainKeys.Parse(this.GetPrimaryKeyString()).Id;

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    private ICustomerGrain Customer => GrainFactory.GetGrain<ICustomerGrain>(this.GetPrimaryKeyString());

    private ITenantFilesGrain Company => GrainFactory.GetGrain<ITenantFilesGrain>(GrainKeys.For(Tenant, ITenantFilesGrain.Id));

    private FileHousekeeping Housekeeping => new(this, store, Company, Tenant);

    private FileThumbnails Thumbnails => new(new ThumbnailMaker(store), Tenant, _logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        // Thumbnails an earlier activation stored as pending but never made (the process died) are made now.
        if (FileThumbnails.AnyPending(State))
        {
            ScheduleThumbnails();
        }
    }

    public async Task<FileReservation> ReserveAsync()
    {
        await Customer.GetAsync(false);
        var policy = await Company.GetAsync();
        var now = time.GetUtcNow();
        var reservation = new FileReservation(Guid.NewGuid(), policy.MaxFileBytes, now + FileRules.ReservationLifetime, policy.KeepImageLocation);
        // The reminder is in place before the reservation is stored, so a crash right after still has it cleaned up.
        await Housekeeping.KeepAsync();
        State.Reservations[reservation.BlobId] = reservation.ExpiresAt;
        await SaveAsync();
        return reservation;
    }

    public async Task<FileCommit> CommitAsync(FileUpload[] uploads)
    {
        var lapsed = uploads.Select((u, i) => (u, i)).FirstOrDefault(x => !State.Reservations.ContainsKey(x.u.BlobId));
        if (lapsed.u is not null)
        {
            throw SecurityTraxException.Conflict($"The reservation of files[{lapsed.i}] lapsed; upload the files again.");
        }

        var clean = uploads.Select((u, i) => FileRules.Check(u.Name, u.Category, u.Description, $"files[{i}].name")).ToList();
        var refusal = await FileQuota.RefusalAsync(Company, uploads);
        if (refusal is not null)
        {
            foreach (var upload in uploads)
            {
                await CancelAsync(upload.BlobId);
            }

            return refusal;
        }

        var now = time.GetUtcNow();
        var actor = Actor;
        var history = History(now);
        var files = new List<FileDetails>();
        for (var i = 0; i < uploads.Length; i++)
        {
            var (name, category, description) = clean[i];
            var upload = uploads[i];
            var file = new FileDetails(
                ++State.LastFileId,
                FileNames.Unique(name, State.Files.Where(f => f.DeletedAt is null).Select(f => f.Name)),
                upload.Size, upload.ContentType, category, description, upload.Sha256, actor.UserId, actor.UserName, now, null, upload.BlobId, 1,
                FileThumbnails.Initial(upload.ContentType));
            State.Files.Add(file);
            State.Reservations.Remove(upload.BlobId);
            history.Add(Entity, Id(file), "uploaded", "name", null, file.Name);
            files.Add(file);
        }

        if (files.Any(f => f.Thumbnail == ThumbnailState.Pending))
        {
            // The reminder is the pending thumbnails' safety net: it is in place before they are stored.
            await Housekeeping.KeepAsync();
        }

        await SaveAsync();
        ScheduleThumbnails();
        return new FileCommit([.. files], FileRefusal.None, null);
    }

    public async Task CancelAsync(Guid blobId)
    {
        // Bytes first: if this crashes in between, the reservation is still there for the reminder to finish.
        await store.DeleteAsync(Tenant, blobId, CancellationToken.None);
        if (State.Reservations.Remove(blobId))
        {
            await SaveAsync();
        }
    }

    public async Task<FileDetails[]> ListAsync(bool deleted)
    {
        await Customer.GetAsync(false);
        await Housekeeping.PurgeDueAsync(State, time.GetUtcNow(), SaveAsync, History);
        return [.. State.Files.Where(f => (f.DeletedAt is not null) == deleted).OrderByDescending(f => f.UploadedAt).ThenByDescending(f => f.Id)];
    }

    public async Task<FileDetails> GetAsync(int fileId)
    {
        await Customer.GetAsync(false);
        return Find(fileId, deleted: false);
    }

    public async Task<FileDetails> UpdateAsync(int fileId, FileEdit edit, int expectedVersion)
    {
        var file = Find(fileId, deleted: false);
        if (file.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, file.Version);
        }

        var (name, category, description) = FileRules.Check(edit.Name, edit.Category, edit.Description, "name");
        if (!string.Equals(name, file.Name, StringComparison.Ordinal))
        {
            name = FileNames.Unique(name, State.Files.Where(f => f.DeletedAt is null && f.Id != fileId).Select(f => f.Name));
        }

        var now = time.GetUtcNow();
        var changed = History(now).Changes(Entity, Id(file), "modified",
            [("name", file.Name, name), ("category", file.Category, category), ("description", file.Description, description)]);
        if (!changed)
        {
            return file;
        }

        var updated = file with { Name = name, Category = category, Description = description, Version = file.Version + 1 };
        Replace(file, updated);
        await SaveAsync();
        return updated;
    }

    public async Task DeleteAsync(int fileId, int expectedVersion, bool anyAge)
    {
        var file = Find(fileId, deleted: false);
        if (file.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, file.Version);
        }

        var now = time.GetUtcNow();
        FileRules.CheckDelete(file, await Company.GetAsync(), Actor.UserId, now, anyAge);
        await Housekeeping.KeepAsync();
        Replace(file, file with { DeletedAt = now, Version = file.Version + 1 });
        History(now).Add(Entity, Id(file), "deleted", "name", file.Name, null);
        await SaveAsync();
    }

    public async Task<FileDetails> RestoreAsync(int fileId, int expectedVersion)
    {
        var now = time.GetUtcNow();
        await Housekeeping.PurgeDueAsync(State, now, SaveAsync, History);
        var file = Find(fileId, deleted: true);
        if (file.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, file.Version);
        }

        var name = FileNames.Unique(file.Name, State.Files.Where(f => f.DeletedAt is null).Select(f => f.Name));
        var restored = file with { Name = name, DeletedAt = null, Version = file.Version + 1 };
        Replace(file, restored);
        History(now).Add(Entity, Id(file), "restored", "name", null, name);
        await SaveAsync();
        return restored;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var now = time.GetUtcNow();
        await Housekeeping.PurgeDueAsync(State, now, SaveAsync, History);
        await Thumbnails.MakePendingAsync(State, SaveAsync);
        await Housekeeping.StopIfIdleAsync(State);
    }

    /// <summary>Thumbnails are made in a turn of their own once the upload was answered, never in the upload's request.</summary>
    private void ScheduleThumbnails() =>
        _thumbnails ??= this.RegisterGrainTimer(MakeThumbnailsAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

    private async Task MakeThumbnailsAsync(CancellationToken cancellationToken)
    {
        _thumbnails?.Dispose();
        _thumbnails = null;
        await Thumbnails.MakePendingAsync(State, SaveAsync);
    }

    private FileDetails Find(int fileId, bool deleted) =>
        State.Files.FirstOrDefault(f => f.Id == fileId && (f.DeletedAt is not null) == deleted)
        ?? throw SecurityTraxException.NotFound(deleted ? $"Deleted file {fileId}" : $"File {fileId}");

    private void Replace(FileDetails old, FileDetails updated) => State.Files[State.Files.IndexOf(old)] = updated;

    private static string Id(FileDetails file) => file.Id.ToString(CultureInfo.InvariantCulture);

    private HistoryRecorder History(DateTimeOffset now) => State.Outbox.HistoryOf(Actor, now, "customer", CustomerId);
}

using Microsoft.Extensions.Logging;

namespace SecurityTrax.Files;

/// <summary>
/// Makes the thumbnails of a customer's images after their upload was answered. Pending work is part of the grain's
/// stored state, so a process that dies leaves it pending: the next activation or the housekeeping reminder takes it up.
/// </summary>
/// <remarks>
/// Each attempt is counted and stored before it starts, so an image that brings its process down is given up after
/// <see cref="MaxAttempts"/> tries instead of taking the silo down again and again.
/// </remarks>
public sealed partial class FileThumbnails(ThumbnailMaker maker, string tenant, ILogger logger)
{
    public const int MaxAttempts = 3;

    public static bool AnyPending(CustomerFilesState state) => state.Files.Any(f => f.Thumbnail == ThumbnailState.Pending);

    /// <summary>The state a new file starts in: images wait for their thumbnail.</summary>
    public static ThumbnailState Initial(string contentType) =>
        ThumbnailMaker.Accepts(contentType) ? ThumbnailState.Pending : ThumbnailState.None;

    public async Task MakePendingAsync(CustomerFilesState state, Func<Task> save)
    {
        foreach (var id in state.Files.Where(f => f.Thumbnail == ThumbnailState.Pending).Select(f => f.Id).ToList())
        {
            var attempts = state.ThumbnailAttempts.GetValueOrDefault(id) + 1;
            state.ThumbnailAttempts[id] = attempts;
            var (outcome, made) = (ThumbnailState.Failed, (FileThumbnail?)null);
            if (attempts <= MaxAttempts)
            {
                await save();
                (outcome, made) = await TryMakeAsync(state.Files.First(f => f.Id == id), attempts);
                if (outcome == ThumbnailState.Pending)
                {
                    continue;
                }
            }

            var file = state.Files.First(f => f.Id == id);
            state.Files[state.Files.IndexOf(file)] = file with { Thumbnail = outcome, ThumbnailBlob = made };
            state.ThumbnailAttempts.Remove(id);
            await save();
        }
    }

    /// <summary>Ready, failed (the image cannot be read), or still pending when the store failed and tries remain.</summary>
    private async Task<(ThumbnailState, FileThumbnail?)> TryMakeAsync(FileDetails file, int attempt)
    {
        try
        {
            var made = await maker.MakeAsync(tenant, file, CancellationToken.None);
            if (made is null)
            {
                LogUnreadable(logger, file.Id, file.ContentType);
                return (ThumbnailState.Failed, null);
            }

            return (ThumbnailState.Ready, made);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogFailed(logger, e, file.Id, attempt);
            return (attempt < MaxAttempts ? ThumbnailState.Pending : ThumbnailState.Failed, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No thumbnail for file {FileId}: its {ContentType} content cannot be read as an image")]
    private static partial void LogUnreadable(ILogger logger, int fileId, string contentType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Making the thumbnail of file {FileId} failed (attempt {Attempt}); retried by the housekeeping reminder")]
    private static partial void LogFailed(ILogger logger, Exception exception, int fileId, int attempt);
}

using SecurityTrax.FileStore;

namespace SecurityTrax.Persistence.Tests.Files;

/// <summary>A store whose reads hang until released: a silo killed meanwhile dies in the middle of making a thumbnail.</summary>
public sealed class StallingFileStore(IFileStore inner) : IFileStore, IDisposable
{
    private readonly CancellationTokenSource _release = new();

    /// <summary>Completes when a read has started and is hanging.</summary>
    public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<StoredBlob> WriteAsync(string tenant, Guid blobId, Stream content, long maxBytes, CancellationToken cancellationToken) =>
        inner.WriteAsync(tenant, blobId, content, maxBytes, cancellationToken);

    public async Task CopyToAsync(string tenant, Guid blobId, long offset, long count, Stream destination, CancellationToken cancellationToken)
    {
        ReadStarted.TrySetResult();
        await Task.Delay(Timeout.Infinite, _release.Token);
    }

    public Task<byte[]?> HashAsync(string tenant, Guid blobId, CancellationToken cancellationToken) => inner.HashAsync(tenant, blobId, cancellationToken);

    public Task DeleteAsync(string tenant, Guid blobId, CancellationToken cancellationToken) => inner.DeleteAsync(tenant, blobId, cancellationToken);

    public void Dispose()
    {
        _release.Cancel();
        _release.Dispose();
    }
}

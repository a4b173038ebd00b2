using SecurityTrax.FileStore;

namespace SecurityTrax.Gateway.Files;

/// <summary>Creates the configured store on first use (see <see cref="FileStoreHosting"/>).</summary>
public sealed class LazyFileStore(Func<IFileStore> create) : IFileStore
{
    private readonly Lazy<IFileStore> _store = new(create);

    public Task<StoredBlob> WriteAsync(string tenant, Guid blobId, Stream content, long maxBytes, CancellationToken cancellationToken) =>
        _store.Value.WriteAsync(tenant, blobId, content, maxBytes, cancellationToken);

    public Task CopyToAsync(string tenant, Guid blobId, long offset, long count, Stream destination, CancellationToken cancellationToken) =>
        _store.Value.CopyToAsync(tenant, blobId, offset, count, destination, cancellationToken);

    public Task<byte[]?> HashAsync(string tenant, Guid blobId, CancellationToken cancellationToken) =>
        _store.Value.HashAsync(tenant, blobId, cancellationToken);

    public Task DeleteAsync(string tenant, Guid blobId, CancellationToken cancellationToken) =>
        _store.Value.DeleteAsync(tenant, blobId, cancellationToken);
}

namespace SecurityTrax.FileStore;

/// <summary>Where file bytes live. Each blob is keyed by tenant and a random id the metadata grain hands out.</summary>
/// <remarks>
/// A write is all or nothing: a blob is readable only after its whole content arrived, so an upload that stops half way
/// leaves nothing behind that a reader could find.
/// </remarks>
public interface IFileStore
{
    /// <summary>Streams <paramref name="content"/> into the store, hashing as it goes.</summary>
    /// <exception cref="FileTooLargeException">The content passed <paramref name="maxBytes"/>; nothing is kept.</exception>
    Task<StoredBlob> WriteAsync(string tenant, Guid blobId, Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Copies <paramref name="count"/> bytes from <paramref name="offset"/> to <paramref name="destination"/>.</summary>
    Task CopyToAsync(string tenant, Guid blobId, long offset, long count, Stream destination, CancellationToken cancellationToken);

    /// <summary>The SHA-256 of the stored bytes, read back in full; null when the blob does not exist.</summary>
    Task<byte[]?> HashAsync(string tenant, Guid blobId, CancellationToken cancellationToken);

    /// <summary>Removes the blob; removing one that is not there is not an error.</summary>
    Task DeleteAsync(string tenant, Guid blobId, CancellationToken cancellationToken);
}

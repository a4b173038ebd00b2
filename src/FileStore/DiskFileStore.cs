using System.Security.Cryptography;

namespace SecurityTrax.FileStore;

/// <summary>Blobs as files under one root folder, <c>{root}/{tenant}/{blob id}</c>.</summary>
/// <remarks>
/// An upload is written to a <c>.part</c> file and renamed when complete, so a reader never sees half a file; a part
/// left by a crash has no metadata pointing at it and is removed with its reservation.
/// </remarks>
public sealed class DiskFileStore(string root) : IFileStore
{
    private const int BlockSize = 256 * 1024;

    public async Task<StoredBlob> WriteAsync(string tenant, Guid blobId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, blobId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var part = path + ".part";
        try
        {
            using var reader = new HashingReader(content, maxBytes);
            var block = new byte[BlockSize];
            await using (var file = new FileStream(part, FileMode.Create, FileAccess.Write, FileShare.None, 1, useAsync: true))
            {
                int filled;
                while ((filled = await reader.ReadBlockAsync(block, cancellationToken)) > 0)
                {
                    await file.WriteAsync(block.AsMemory(0, filled), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
            }

            File.Move(part, path, overwrite: true);
            return reader.Finish();
        }
        catch
        {
            File.Delete(part);
            throw;
        }
    }

    public async Task CopyToAsync(string tenant, Guid blobId, long offset, long count, Stream destination, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(PathOf(tenant, blobId), FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true);
        file.Seek(offset, SeekOrigin.Begin);
        var block = new byte[BlockSize];
        var left = count;
        while (left > 0)
        {
            var read = await file.ReadAsync(block.AsMemory(0, (int)Math.Min(block.Length, left)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            await destination.WriteAsync(block.AsMemory(0, read), cancellationToken);
            left -= read;
        }
    }

    public async Task<byte[]?> HashAsync(string tenant, Guid blobId, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, blobId);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BlockSize, useAsync: true);
        return await SHA256.HashDataAsync(file, cancellationToken);
    }

    public Task DeleteAsync(string tenant, Guid blobId, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, blobId);
        File.Delete(path);
        File.Delete(path + ".part");
        return Task.CompletedTask;
    }

    // Tenant slugs are lower-case letters, digits and dashes, and the id is a Guid: neither can climb out of the root.
    private string PathOf(string tenant, Guid blobId) => Path.Combine(root, tenant, blobId.ToString("N"));
}

using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;

namespace SecurityTrax.FileStore;

/// <summary>
/// Blobs as rows of fixed-size chunks (<c>file_chunks</c>) under a header row (<c>file_blobs</c>), so neither an upload
/// nor a download ever holds more than one chunk in memory.
/// </summary>
/// <remarks>
/// One upload is one transaction: chunks go in as they arrive and become visible only at the commit, so a client that
/// disconnects or stalls leaves no rows at all (the rollback removes them).
/// </remarks>
public sealed class PostgresFileStore(NpgsqlDataSource database, int chunkSize = PostgresFileStore.DefaultChunkSize) : IFileStore
{
    public const int DefaultChunkSize = 256 * 1024;

    public async Task<StoredBlob> WriteAsync(string tenant, Guid blobId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var header = new NpgsqlCommand(
            "INSERT INTO file_blobs (tenant_id, blob_id, size, sha256) VALUES ($1, $2, 0, ''::bytea)", connection, transaction))
        {
            header.Parameters.Add(new() { Value = tenant });
            header.Parameters.Add(new() { Value = blobId });
            await header.ExecuteNonQueryAsync(cancellationToken);
        }

        using var reader = new HashingReader(content, maxBytes);
        var block = new byte[chunkSize];
        await using var insert = new NpgsqlCommand(
            "INSERT INTO file_chunks (tenant_id, blob_id, seq, data) VALUES ($1, $2, $3, $4)", connection, transaction);
        insert.Parameters.Add(new() { Value = tenant });
        insert.Parameters.Add(new() { Value = blobId });
        var seq = insert.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Integer });
        var data = insert.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Bytea });
        for (var n = 0; ; n++)
        {
            var filled = await reader.ReadBlockAsync(block, cancellationToken);
            if (filled == 0)
            {
                break;
            }

            seq.Value = n;
            data.Value = new ArraySegment<byte>(block, 0, filled);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            if (filled < block.Length)
            {
                break;
            }
        }

        var blob = reader.Finish();
        await using (var finish = new NpgsqlCommand(
            "UPDATE file_blobs SET size = $3, sha256 = $4 WHERE tenant_id = $1 AND blob_id = $2", connection, transaction))
        {
            finish.Parameters.Add(new() { Value = tenant });
            finish.Parameters.Add(new() { Value = blobId });
            finish.Parameters.Add(new() { Value = blob.Size });
            finish.Parameters.Add(new() { Value = blob.Sha256 });
            await finish.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return blob;
    }

    public async Task CopyToAsync(string tenant, Guid blobId, long offset, long count, Stream destination, CancellationToken cancellationToken)
    {
        if (count <= 0)
        {
            return;
        }

        var first = (int)(offset / chunkSize);
        var last = (int)((offset + count - 1) / chunkSize);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = new NpgsqlCommand(
            "SELECT seq, data FROM file_chunks WHERE tenant_id = $1 AND blob_id = $2 AND seq BETWEEN $3 AND $4 ORDER BY seq", connection);
        select.Parameters.Add(new() { Value = tenant });
        select.Parameters.Add(new() { Value = blobId });
        select.Parameters.Add(new() { Value = first });
        select.Parameters.Add(new() { Value = last });
        // Sequential access streams each chunk out of the connection instead of buffering the result rows.
        await using var rows = await select.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        var position = (long)first * chunkSize;
        var end = offset + count;
        while (await rows.ReadAsync(cancellationToken))
        {
            var chunk = await rows.GetFieldValueAsync<byte[]>(1, cancellationToken);
            var from = (int)Math.Max(0, offset - position);
            var to = (int)Math.Min(chunk.Length, end - position);
            if (to > from)
            {
                await destination.WriteAsync(chunk.AsMemory(from, to - from), cancellationToken);
            }

            position += chunk.Length;
        }
    }

    public async Task<byte[]?> HashAsync(string tenant, Guid blobId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM file_blobs WHERE tenant_id = $1 AND blob_id = $2", connection))
        {
            exists.Parameters.Add(new() { Value = tenant });
            exists.Parameters.Add(new() { Value = blobId });
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                return null;
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var select = new NpgsqlCommand(
            "SELECT data FROM file_chunks WHERE tenant_id = $1 AND blob_id = $2 ORDER BY seq", connection);
        select.Parameters.Add(new() { Value = tenant });
        select.Parameters.Add(new() { Value = blobId });
        await using var rows = await select.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            hash.AppendData(await rows.GetFieldValueAsync<byte[]>(0, cancellationToken));
        }

        return hash.GetHashAndReset();
    }

    public async Task DeleteAsync(string tenant, Guid blobId, CancellationToken cancellationToken)
    {
        // The chunks go with their header (ON DELETE CASCADE).
        await using var delete = database.CreateCommand("DELETE FROM file_blobs WHERE tenant_id = $1 AND blob_id = $2");
        delete.Parameters.Add(new() { Value = tenant });
        delete.Parameters.Add(new() { Value = blobId });
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Security.Cryptography;
using Npgsql;
using SecurityTrax.FileStore;

namespace SecurityTrax.Persistence.Tests.Files;

/// <summary>Both file stores against the real database and disk: streamed in chunks, all or nothing, ranges, limits.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FileStoreTests(PostgresFixture fixture) : IAsyncLifetime
{
    private const int Chunk = 1000;

    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..10];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "files-" + Guid.NewGuid().ToString("N"));
    private NpgsqlDataSource _database = null!;

    public Task InitializeAsync()
    {
        _database = NpgsqlDataSource.Create(fixture.Database.Runtime);
        return Task.CompletedTask;
    }

    public static TheoryData<string> Stores => ["postgres", "disk"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task BytesComeBackWholeAndByRangeAcrossChunks(string kind)
    {
        var store = Store(kind);
        var bytes = RandomNumberGenerator.GetBytes(3500);
        var blob = Guid.NewGuid();

        var stored = await store.WriteAsync(_tenant, blob, new MemoryStream(bytes), 10_000, CancellationToken.None);

        Assert.Equal(3500L, stored.Size);
        Assert.Equal(SHA256.HashData(bytes), stored.Sha256);
        Assert.Equal(bytes[..HashingReader.HeadLength], stored.Head);
        Assert.Equal(bytes, await ReadAsync(store, blob, 0, 3500));
        Assert.Equal(bytes[999..2001], await ReadAsync(store, blob, 999, 1002));
        Assert.Equal(SHA256.HashData(bytes), await store.HashAsync(_tenant, blob, CancellationToken.None));
        await store.DeleteAsync(_tenant, blob, CancellationToken.None);
        Assert.Null(await store.HashAsync(_tenant, blob, CancellationToken.None));
    }

    [Fact]
    public async Task TheDatabaseHoldsOneRowPerChunk()
    {
        await Store("postgres").WriteAsync(_tenant, Guid.NewGuid(), new MemoryStream(new byte[3500]), 10_000, CancellationToken.None);

        Assert.Equal(4L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM file_chunks WHERE tenant_id = @t", ("t", _tenant)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AnUploadOverItsLimitKeepsNothing(string kind)
    {
        var store = Store(kind);
        var blob = Guid.NewGuid();

        await Assert.ThrowsAsync<FileTooLargeException>(
            () => store.WriteAsync(_tenant, blob, new MemoryStream(new byte[2501]), 2500, CancellationToken.None));

        Assert.Null(await store.HashAsync(_tenant, blob, CancellationToken.None));
        await AssertNoRowsAsync();
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AnUploadCutOffHalfWayKeepsNothing(string kind)
    {
        var store = Store(kind);
        var blob = Guid.NewGuid();

        await Assert.ThrowsAsync<IOException>(
            () => store.WriteAsync(_tenant, blob, new BreakingStream(2200), 10_000, CancellationToken.None));

        Assert.Null(await store.HashAsync(_tenant, blob, CancellationToken.None));
        await AssertNoRowsAsync();
        Assert.Empty(Directory.Exists(_root) ? Directory.GetFiles(_root, "*", SearchOption.AllDirectories) : []);
    }

    private IFileStore Store(string kind) => kind == "postgres" ? new PostgresFileStore(_database, Chunk) : new DiskFileStore(_root);

    private async Task<byte[]> ReadAsync(IFileStore store, Guid blob, long offset, long count)
    {
        using var copy = new MemoryStream();
        await store.CopyToAsync(_tenant, blob, offset, count, copy, CancellationToken.None);
        return copy.ToArray();
    }

    private async Task AssertNoRowsAsync() =>
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(
            "SELECT (SELECT count(*) FROM file_blobs WHERE tenant_id = @t) + (SELECT count(*) FROM file_chunks WHERE tenant_id = @t)", ("t", _tenant)));

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

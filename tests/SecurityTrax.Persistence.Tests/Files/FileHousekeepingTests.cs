using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Files;
using SecurityTrax.FileStore;
using SecurityTrax.Identity;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Files;

/// <summary>
/// The customer's files grain on a silo whose business clock is fake: uploads never committed and files deleted 30 days
/// ago lose their bytes, without anybody waiting for real time to pass.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FileHousekeepingTests(PostgresFixture fixture) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero));
    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..10];
    private TestSilo _silo = null!;
    private NpgsqlDataSource _database = null!;

    public async Task InitializeAsync()
    {
        _database = NpgsqlDataSource.Create(fixture.Database.Runtime);
        _silo = await TestSilo.StartAsync(fixture.Database, PostgresFixture.NewId("svc"), PostgresFixture.NewId("cluster"),
            configureServices: s => s.AddKeyedSingleton<TimeProvider>(Clock.Key, _clock));
    }

    [Fact]
    public async Task AnUploadNeverCommittedLosesItsBytesOnceItsReservationLapses()
    {
        CallerContext.Set(Caller.System(_tenant));
        var files = await CustomerFilesAsync(501);
        var reservation = await files.ReserveAsync();
        await Store.WriteAsync(_tenant, reservation.BlobId, new MemoryStream(new byte[10]), reservation.MaxBytes, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(59));
        await files.ListAsync(false);
        Assert.NotNull(await Store.HashAsync(_tenant, reservation.BlobId, CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await files.ListAsync(false);

        Assert.Null(await Store.HashAsync(_tenant, reservation.BlobId, CancellationToken.None));
        var late = await Assert.ThrowsAsync<SecurityTraxException>(() => files.CommitAsync([Upload(reservation.BlobId)]));
        Assert.Equal(ErrorKind.Conflict, late.Kind);
    }

    [Fact]
    public async Task ADeletedFileIsRestorableFor30DaysAndThenPurged()
    {
        CallerContext.Set(Caller.System(_tenant));
        var files = await CustomerFilesAsync(502);
        var old = await UploadAsync(files);
        var recent = await UploadAsync(files);
        await files.DeleteAsync(old.Id, old.Version, anyAge: true);
        _clock.Advance(TimeSpan.FromDays(1));
        await files.DeleteAsync(recent.Id, recent.Version, anyAge: true);
        var company = _silo.Grains.GetGrain<ITenantFilesGrain>(GrainKeys.For(_tenant, ITenantFilesGrain.Id));
        Assert.Equal(20, (await company.GetAsync()).UsedBytes);

        _clock.Advance(TimeSpan.FromDays(29));
        var restored = await files.RestoreAsync(recent.Id, recent.Version + 1);

        Assert.Null(restored.DeletedAt);
        Assert.Null(await Store.HashAsync(_tenant, old.BlobId, CancellationToken.None));
        Assert.NotNull(await Store.HashAsync(_tenant, recent.BlobId, CancellationToken.None));
        Assert.Empty(await files.ListAsync(deleted: true));
        Assert.Equal(10, (await company.GetAsync()).UsedBytes);
        var gone = await Assert.ThrowsAsync<SecurityTraxException>(() => files.RestoreAsync(old.Id, old.Version + 1));
        Assert.Equal(ErrorKind.NotFound, gone.Kind);
    }

    private PostgresFileStore Store => new(_database);

    private async Task<ICustomerFilesGrain> CustomerFilesAsync(long customer)
    {
        var key = GrainKeys.For(_tenant, customer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await _silo.Grains.GetGrain<ICustomerGrain>(key).CreateAsync(
            CustomerStage.Customer, new CustomerProfile("Ann", "Lee", null, null, null, [], null, null, null, 0m, false, 0m, false), null, false);
        return _silo.Grains.GetGrain<ICustomerFilesGrain>(key);
    }

    private async Task<FileDetails> UploadAsync(ICustomerFilesGrain files)
    {
        var reservation = await files.ReserveAsync();
        await Store.WriteAsync(_tenant, reservation.BlobId, new MemoryStream(new byte[10]), reservation.MaxBytes, CancellationToken.None);
        return Assert.Single((await files.CommitAsync([Upload(reservation.BlobId)])).Files);
    }

    private static FileUpload Upload(Guid blob) => new(blob, "photo.jpg", 10, new string('0', 64), "image/jpeg", null, null);

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _database.DisposeAsync();
    }
}

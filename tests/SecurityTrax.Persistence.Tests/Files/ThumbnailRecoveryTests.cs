using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SecurityTrax.Customers;
using SecurityTrax.Files;
using SecurityTrax.FileStore;
using SecurityTrax.Identity;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Images;

namespace SecurityTrax.Persistence.Tests.Files;

/// <summary>A silo that dies while making a thumbnail leaves it pending in the stored state; the next activation makes it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ThumbnailRecoveryTests(PostgresFixture fixture)
{
    [Fact]
    public async Task AThumbnailCutOffByAKilledSiloIsMadeWhenTheFilesComeBackOnAnotherSilo()
    {
        var tenant = "t" + Guid.NewGuid().ToString("N")[..10];
        var (serviceId, clusterId) = (PostgresFixture.NewId("svc"), PostgresFixture.NewId("cluster"));
        await using var database = NpgsqlDataSource.Create(fixture.Database.Runtime);
        var store = new PostgresFileStore(database);
        using var stalling = new StallingFileStore(store);
        var key = GrainKeys.For(tenant, "601");
        FileDetails file;

        var first = await TestSilo.StartAsync(fixture.Database, serviceId, clusterId, configureServices: s => s.AddSingleton<IFileStore>(stalling));
        CallerContext.Set(Caller.System(tenant));
        await first.Grains.GetGrain<ICustomerGrain>(key).CreateAsync(
            CustomerStage.Customer, new CustomerProfile("Ann", "Lee", null, null, null, [], null, null, null, 0m, false, 0m, false), null, false);
        var files = first.Grains.GetGrain<ICustomerFilesGrain>(key);
        var reservation = await files.ReserveAsync();
        var photo = GpsJpeg.Create(800, 600);
        var blob = await store.WriteAsync(tenant, reservation.BlobId, new MemoryStream(photo), reservation.MaxBytes, CancellationToken.None);
        file = Assert.Single((await files.CommitAsync([new FileUpload(reservation.BlobId, "yard.jpg", blob.Size,
            Convert.ToHexStringLower(blob.Sha256), "image/jpeg", null, null)])).Files);
        Assert.Equal(ThumbnailState.Pending, file.Thumbnail);
        await stalling.ReadStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await first.KillAsync();

        await using var second = await TestSilo.StartAsync(fixture.Database, serviceId, clusterId);
        var again = second.Grains.GetGrain<ICustomerFilesGrain>(key);
        var made = await SettledAsync(again, file.Id);

        Assert.Equal(ThumbnailState.Ready, made.Thumbnail);
        Assert.Equal(ThumbnailMaker.BlobOf(file.BlobId), made.ThumbnailBlob!.BlobId);
        Assert.Equal(Convert.FromHexString(made.ThumbnailBlob.Sha256), await store.HashAsync(tenant, made.ThumbnailBlob.BlobId, CancellationToken.None));
    }

    private static async Task<FileDetails> SettledAsync(ICustomerFilesGrain files, int id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await files.GetAsync(id) is { Thumbnail: ThumbnailState.Pending })
        {
            await poll.WaitForNextTickAsync(timeout.Token);
        }

        return await files.GetAsync(id);
    }
}

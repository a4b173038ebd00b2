using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.Files.FileUploads;

namespace SecurityTrax.Gateway.Tests.Files;

/// <summary>Uploads that stop half way: nothing of them is visible, and what the store began is cleaned up.</summary>
[Collection(GatewayCollection.Name)]
public sealed class FileUploadFailureTests(GatewayFixture fixture) : FileSession(fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AClientThatDisconnectsMidUploadLeavesNoFileAndNoChunks()
    {
        using var client = await KestrelClientAsync(new Dictionary<string, string?>());
        var body = new HaltingStream(600_000);
        using var request = new HttpRequestMessage(HttpMethod.Post, FilesPath) { Content = HaltingForm(body) };
        using var abort = new CancellationTokenSource();
        var sending = client.SendAsync(request, abort.Token);
        await body.Halted.Task.WaitAsync(Deadline);
        // The server holds the upload reserved while its bytes stream in: the cut comes mid-upload.
        await WaitForAsync(async () => await ReservationsAsync(Fixture.Database, Tenant, Customer) == 1);

        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        await WaitForAsync(async () => await ReservationsAsync(Fixture.Database, Tenant, Customer) == 0);
        Assert.Equal(0, await BlobRowsAsync(Fixture.Database, Tenant));
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>(FilesPath)).GetArrayLength());
    }

    [Fact]
    public async Task AnUploadThatStallsIsGivenUpWith408AndLeavesNothing()
    {
        using var client = await KestrelClientAsync(new Dictionary<string, string?> { ["Files:StallTimeout"] = "00:00:01" });
        using var deadline = new CancellationTokenSource(Deadline);

        using var response = await HaltedUpload.SendAsync(
            client.BaseAddress!, FilesPath, client.DefaultRequestHeaders.Authorization!.Parameter!, 300_000, deadline.Token);

        await Problems.AssertAsync(response, HttpStatusCode.RequestTimeout, "urn:securitytrax:problem:upload-stalled");
        Assert.Equal(0, await ReservationsAsync(Fixture.Database, Tenant, Customer));
        Assert.Equal(0, await BlobRowsAsync(Fixture.Database, Tenant));
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>(FilesPath)).GetArrayLength());
    }

    private Task<HttpClient> KestrelClientAsync(Dictionary<string, string?> settings) =>
        KestrelGateway.ClientAsync(Fixture, Tenant, "admin", Password, settings);

    private static MultipartFormDataContent HaltingForm(Stream body)
    {
        var form = new MultipartFormDataContent();
        var part = new StreamContent(body);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "files", "halted.bin");
        return form;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow + Deadline;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "The condition did not hold in time.");
            await Task.Delay(50);
        }
    }
}

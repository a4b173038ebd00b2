using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
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

    /// <summary>
    /// A gateway on a real socket: the in-memory test server hands a request to the app only once its body is complete,
    /// so an upload that stops half way never reaches it there.
    /// </summary>
    private async Task<HttpClient> KestrelClientAsync(Dictionary<string, string?> settings)
    {
        // Port 0: the system picks a free loopback port; appsettings' fixed 5080 may be taken by another run on the machine.
        settings["Urls"] = "http://127.0.0.1:0";
        var gateway = Fixture.StartGateway(settings);
        gateway.UseKestrel(0);
        gateway.StartServer();
        var token = await Fixture.TokenAsync(Tenant, "admin", Password, gateway);
        // Without the redirect handler: it loads a request's whole content into memory before sending it (to resend it
        // on a redirect), so a body that halts would never leave the client and the server would never see the upload.
        using var listening = gateway.CreateClient();
        var client = gateway.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = listening.BaseAddress!,
        });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

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

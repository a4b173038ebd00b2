using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using SecurityTrax.Testing.Images;
using SkiaSharp;
using static SecurityTrax.Gateway.Tests.Files.FileUploads;

namespace SecurityTrax.Gateway.Tests.Files;

/// <summary>Photos through the real gateway: locations stripped on the way in, thumbnails made after the upload answered.</summary>
[Collection(GatewayCollection.Name)]
public sealed class FileImageTests(GatewayFixture fixture) : FileSession(fixture)
{
    [Fact]
    public async Task APhotosLocationIsNotStoredAndItsETagIsOfTheStoredBytes()
    {
        var photo = GpsJpeg.Create();
        var id = (await IdsAsync(Admin, Customer, ("porch.jpg", photo)))[0];

        using var download = await Admin.GetAsync($"{FilesPath}/{id}/content");
        var stored = await download.Content.ReadAsByteArrayAsync();

        Assert.Equal([GpsJpeg.MakeTag, GpsJpeg.OrientationTag], GpsJpeg.FirstDirectoryTags(stored));
        Assert.False(GpsJpeg.Contains(stored, GpsJpeg.LatitudeBytes));
        var sha = Convert.ToHexStringLower(SHA256.HashData(stored));
        Assert.Equal($"\"{sha}\"", download.Headers.ETag?.Tag);
        Assert.Equal(sha, (await GetFileAsync(id)).Body.GetProperty("sha256").GetString());
        using var decoded = SKBitmap.Decode(stored);
        Assert.Equal(640, decoded.Width);
    }

    [Fact]
    public async Task ACompanyThatKeepsLocationsGetsThePhotoByteForByte()
    {
        await SetPolicyAsync(25 * 1024 * 1024, 10L * 1024 * 1024 * 1024, keepImageLocation: true);
        var photo = GpsJpeg.Create();
        var id = (await IdsAsync(Admin, Customer, ("porch.jpg", photo)))[0];

        var stored = await Admin.GetByteArrayAsync($"{FilesPath}/{id}/content");

        Assert.Equal(photo, stored);
        Assert.Contains(GpsJpeg.GpsPointerTag, GpsJpeg.FirstDirectoryTags(stored));
    }

    [Fact]
    public async Task AnImageGetsAThumbnailOnceTheUploadHasAnswered()
    {
        var ids = await IdsAsync(Admin, Customer, ("panel.jpg", GpsJpeg.Create(1600, 1200)), ("permit.pdf", Pdf));

        var image = await ThumbnailSettledAsync(ids[0]);

        Assert.Equal("ready", image.GetProperty("thumbnail").GetString());
        var url = image.GetProperty("thumbnailUrl").GetString();
        Assert.Equal($"{FilesPath}/{ids[0]}/thumbnail", url);
        using var response = await Admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"", response.Headers.ETag?.Tag);
        using (var thumbnail = SKBitmap.Decode(bytes))
        {
            Assert.Equal((256, 192), (thumbnail.Width, thumbnail.Height));
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await Admin.SendAsync(again)).StatusCode);
        var pdf = (await GetFileAsync(ids[1])).Body;
        Assert.Equal(JsonValueKind.Null, pdf.GetProperty("thumbnail").ValueKind);
        await Problems.AssertAsync(await Admin.GetAsync($"{FilesPath}/{ids[1]}/thumbnail"), HttpStatusCode.NotFound, "urn:securitytrax:problem:no-thumbnail");
    }

    [Fact]
    public async Task ACorruptImageGetsNoThumbnailAndStaysDownloadable()
    {
        var id = (await IdsAsync(Admin, Customer, ("broken.png", Png)))[0];

        var file = await ThumbnailSettledAsync(id);

        Assert.Equal("failed", file.GetProperty("thumbnail").GetString());
        Assert.Equal(JsonValueKind.Null, file.GetProperty("thumbnailUrl").ValueKind);
        Assert.Equal(Png, await Admin.GetByteArrayAsync($"{FilesPath}/{id}/content"));
        await Problems.AssertAsync(await Admin.GetAsync($"{FilesPath}/{id}/thumbnail"), HttpStatusCode.NotFound, "urn:securitytrax:problem:no-thumbnail");
    }

    [Fact]
    public async Task AnotherCompanySeesNoThumbnail()
    {
        var id = (await IdsAsync(Admin, Customer, ("gate.jpg", GpsJpeg.Create())))[0];
        await ThumbnailSettledAsync(id);
        var otherTenant = await Fixture.CreateTenantAsync(Password);
        using var other = await Fixture.SignInAsync(otherTenant, "admin", Password);

        using var response = await other.GetAsync($"{FilesPath}/{id}/thumbnail");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The file once its thumbnail is no longer pending (polled; made in the background).</summary>
    private async Task<JsonElement> ThumbnailSettledAsync(int id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (true)
        {
            var file = (await GetFileAsync(id)).Body;
            if (file.GetProperty("thumbnail").GetString() != "pending")
            {
                return file;
            }

            await poll.WaitForNextTickAsync(timeout.Token);
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.Files.FileUploads;

namespace SecurityTrax.Gateway.Tests.Files;

[Collection(GatewayCollection.Name)]
public sealed class FilesApiTests(GatewayFixture fixture) : FileSession(fixture)
{
    [Fact]
    public async Task UploadedFilesAreListedWithTheirDetectedTypeCategoryAndUploader()
    {
        using var response = await Admin.PostAsync(FilesPath, Form("Contract", "Signed at install", ("contract.pdf", Pdf), ("front door.png", Png)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(FilesPath, response.Headers.Location?.OriginalString);
        var list = await Admin.GetFromJsonAsync<JsonElement>(FilesPath);
        Assert.Equal(["front door.png", "contract.pdf"], list.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var pdf = list[1];
        Assert.Equal(1, pdf.GetProperty("id").GetInt32());
        Assert.Equal(Pdf.Length, pdf.GetProperty("size").GetInt64());
        Assert.Equal("application/pdf", pdf.GetProperty("type").GetString());
        Assert.Equal("Contract", pdf.GetProperty("category").GetString());
        Assert.Equal("Signed at install", pdf.GetProperty("description").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), pdf.GetProperty("sha256").GetString());
        Assert.Equal("admin", pdf.GetProperty("uploadedByName").GetString());
        Assert.Equal(JsonValueKind.Null, pdf.GetProperty("thumbnailUrl").ValueKind);
        Assert.Equal(JsonValueKind.Null, pdf.GetProperty("thumbnail").ValueKind);
        // Its bytes only start like a PNG: the thumbnail is given up, the file stays.
        Assert.Contains(list[0].GetProperty("thumbnail").GetString(), new[] { "pending", "failed" });
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{Customer}/history?entity=file");
        Assert.Contains(history.GetProperty("items").EnumerateArray(), h => h.GetProperty("action").GetString() == "uploaded" && h.GetProperty("newValue").GetString() == "contract.pdf");
    }

    [Fact]
    public async Task ADownloadIsAnAttachmentThatIsNeverSniffedAndServesOneRange()
    {
        var bytes = RandomNumberGenerator.GetBytes(700_000);
        var id = (await IdsAsync(Admin, Customer, ("Résumé notes.txt.bin", bytes)))[0];

        using var whole = await Admin.GetAsync($"{FilesPath}/{id}/content");
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(bytes, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", whole.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Résumé notes.txt.bin", whole.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("application/octet-stream", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", whole.Headers.GetValues("X-Content-Type-Options").Single());
        var etag = whole.Headers.ETag!;
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"", etag.Tag);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{FilesPath}/{id}/content");
        request.Headers.Range = new RangeHeaderValue(262_000, 262_999);
        using var part = await Admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(bytes[262_000..263_000], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal("bytes 262000-262999/700000", part.Content.Headers.ContentRange?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, $"{FilesPath}/{id}/content");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await Admin.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task HtmlIsDownloadedAsPlainBytesNeverAsAPage()
    {
        var id = (await IdsAsync(Admin, Customer, ("invoice.html", "<!DOCTYPE html><script>alert(1)</script>"u8.ToArray())))[0];

        using var response = await Admin.GetAsync($"{FilesPath}/{id}/content");

        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("text/html", (await GetFileAsync(id)).Body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ARenameKeepsNamesUniqueAndIsPutBackAsRead()
    {
        await IdsAsync(Admin, Customer, ("contract.pdf", Pdf));
        var second = (await IdsAsync(Admin, Customer, ("contract.pdf", Pdf)))[0];
        var (body, etag) = await GetFileAsync(second);
        Assert.Equal("contract (2).pdf", body.GetProperty("name").GetString());

        var edited = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body.GetRawText())!;
        edited["name"] = JsonSerializer.SerializeToElement("../../etc/permit.pdf");
        edited["category"] = JsonSerializer.SerializeToElement("Permit");
        using var put = await CustomerApiClient.SendAsync(Admin, HttpMethod.Put, $"{FilesPath}/{second}", etag, edited);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var renamed = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("permit.pdf", renamed.GetProperty("name").GetString());
        Assert.Equal("Permit", renamed.GetProperty("category").GetString());
        Assert.Equal("\"2\"", put.Headers.ETag!.Tag);
        using var stale = await CustomerApiClient.SendAsync(Admin, HttpMethod.Put, $"{FilesPath}/{second}", etag, new { name = "x.pdf" });
        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
    }

    [Fact]
    public async Task ADeletedFileLeavesTheListAndAnAdminRestoresIt()
    {
        var id = (await IdsAsync(Admin, Customer, ("contract.pdf", Pdf)))[0];
        var (_, etag) = await GetFileAsync(id);

        using var deleted = await CustomerApiClient.SendAsync(Admin, HttpMethod.Delete, $"{FilesPath}/{id}", etag);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>(FilesPath)).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"{FilesPath}/{id}/content")).StatusCode);
        var bin = await Admin.GetFromJsonAsync<JsonElement>($"{FilesPath}?deleted=true");
        var gone = Assert.Single(bin.EnumerateArray());
        using var restored = await CustomerApiClient.SendAsync(Admin, HttpMethod.Post, $"{FilesPath}/{id}/restore", gone.GetProperty("eTag").GetString()!);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(Pdf, await Admin.GetByteArrayAsync($"{FilesPath}/{id}/content"));
    }

    [Fact]
    public async Task LeadsHaveFilesToo()
    {
        var lead = (await CustomerApiClient.CreateAsync(Admin, CustomerApiClient.Person("Lee", "Lead"))).Id;

        var ids = await IdsAsync(Admin, lead, ("site survey.pdf", Pdf));

        Assert.Equal([1], ids);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(Admin, 999_999, ("x.pdf", Pdf))).StatusCode);
    }
}

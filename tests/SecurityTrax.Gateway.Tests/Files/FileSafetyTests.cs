using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.Files.FileUploads;

namespace SecurityTrax.Gateway.Tests.Files;

/// <summary>Uploads that must be refused whole, with a clear answer and nothing stored.</summary>
[Collection(GatewayCollection.Name)]
public sealed class FileSafetyTests(GatewayFixture fixture) : FileSession(fixture)
{
    [Fact]
    public async Task AFileOverTheCompanyLimitAnswers413AndKeepsNothing()
    {
        await SetPolicyAsync(maxFileBytes: 300_000, quotaBytes: 10_000_000);

        using var response = await PostAsync(Admin, Customer, ("small.pdf", Pdf), ("big.bin", new byte[300_001]));
        await response.Content.LoadIntoBufferAsync();

        await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "urn:securitytrax:problem:file-too-large");
        Assert.Contains("files[1] (big.bin)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadsPastTheCompanyQuotaAnswer507AndKeepNothing()
    {
        await SetPolicyAsync(maxFileBytes: 1_000_000, quotaBytes: 1_000);
        await IdsAsync(Admin, Customer, ("first.pdf", Pdf));

        using var response = await PostAsync(Admin, Customer, ("second.bin", new byte[990]));
        await response.Content.LoadIntoBufferAsync();

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        await Problems.AssertAsync(response, HttpStatusCode.InsufficientStorage, "urn:securitytrax:problem:storage-quota-exceeded");
        Assert.StartsWith("The company's file storage is full", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single((await Admin.GetFromJsonAsync<JsonElement>(FilesPath)).EnumerateArray());
        Assert.Equal(2, await BlobRowsAsync(Fixture.Database, Tenant));
    }

    [Theory]
    [InlineData("empty.pdf", 0, "files[0]")]
    [InlineData("", 10, "files[0].name")]
    [InlineData("...", 10, "files[0].name")]
    public async Task AnEmptyOrNamelessFileIsRefusedByField(string name, int size, string field)
    {
        using var response = await PostAsync(Admin, Customer, (name, size == 0 ? [] : Pdf[..size]));
        await response.Content.LoadIntoBufferAsync();

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task MoreThanTwentyFilesInOneRequestAreRefused()
    {
        var files = Enumerable.Range(1, 21).Select(n => ($"page {n}.pdf", Pdf)).ToArray();

        using var response = await PostAsync(Admin, Customer, files);

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal("At most 20 files in one request.", errors.GetProperty("files")[0].GetString());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AProgramNamedAsADocumentIsRefused()
    {
        using var response = await PostAsync(Admin, Customer, ("fine.pdf", Pdf), ("invoice.pdf", WindowsProgram));

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(
            "The content is an executable (application/vnd.microsoft.portable-executable) but the name says '.pdf'.",
            errors.GetProperty("files[1]")[0].GetString());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ADamagedFileAnswersAnErrorInsteadOfItsBytes()
    {
        var id = (await IdsAsync(Admin, Customer, ("contract.pdf", Pdf)))[0];
        await Fixture.Database.ExecuteAsync($"UPDATE file_chunks SET data = '\\x00'::bytea || data WHERE tenant_id = '{Tenant}'");

        using var response = await Admin.GetAsync($"{FilesPath}/{id}/content");

        await Problems.AssertAsync(response, HttpStatusCode.InternalServerError, "urn:securitytrax:problem:file-corrupt");
    }

    [Fact]
    public async Task TheDeletePolicyLetsUsersDeleteOnlyTheirOwnRecentUploads()
    {
        await SetPolicyAsync(maxFileBytes: 1_000_000, quotaBytes: 10_000_000, deleteOwnWithinDays: 7);
        var (office, _) = await UserAsync("Office");
        var mine = (await IdsAsync(office, Customer, ("mine.pdf", Pdf)))[0];
        var admins = (await IdsAsync(Admin, Customer, ("admins.pdf", Pdf)))[0];

        using var refused = await CustomerApiClient.SendAsync(office, HttpMethod.Delete, $"{FilesPath}/{admins}", (await GetFileAsync(admins)).ETag);
        using var allowed = await CustomerApiClient.SendAsync(office, HttpMethod.Delete, $"{FilesPath}/{mine}", (await GetFileAsync(mine)).ETag);

        await refused.Content.LoadIntoBufferAsync();
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        await Problems.AssertAsync(refused, HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");
        Assert.Equal(["files.delete_any"], problem.GetProperty("missingGrants").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        using var bin = await office.GetAsync($"{FilesPath}?deleted=true");
        await Problems.AssertAsync(bin, HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>(FilesPath)).GetArrayLength());
        Assert.Equal(0, await BlobRowsAsync(Fixture.Database, Tenant));
        Assert.Equal(0, await ReservationsAsync(Fixture.Database, Tenant, Customer));
    }
}

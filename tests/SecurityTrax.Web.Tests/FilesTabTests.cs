using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SecurityTrax.Testing.Images;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The Files tab end to end: two uploads with progress and a thumbnail, a refused file, a stale rename, preview, delete and restore.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FilesTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task TwoFilesAreUploadedWithProgressAThumbnailAppearsAndTheyAreRenamedPreviewedDeletedAndRestored()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Fran", "Files");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/files");
        await Expect(page.GetByText("No files yet.")).ToBeVisibleAsync();

        await page.GetByLabel("Drop files here or choose them").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "porch.jpg", MimeType = "image/jpeg", Buffer = GpsJpeg.Create(1200, 900) },
            new FilePayload { Name = "contract.pdf", MimeType = "application/pdf", Buffer = Pdf },
        });
        await page.GetByLabel("Category").FillAsync("Install");
        await page.GetByLabel("Description").FillAsync("Day of install");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload 2 files" }).ClickAsync();

        await Expect(page.Locator(".uploads .upload-state")).ToHaveTextAsync(["Uploaded", "Uploaded"]);
        await Expect(page.Locator(".uploads progress[value='100']")).ToHaveCountAsync(2);
        await Expect(page.Locator("tr[data-file-id]")).ToHaveCountAsync(2);
        var thumbnail = page.GetByAltText("Thumbnail of porch.jpg");
        await Expect(thumbnail).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.True(await thumbnail.EvaluateAsync<int>("img => img.naturalWidth") is > 0 and <= 256);
        var stored = await FilesAsync(api, id);
        Assert.Equal(["contract.pdf", "porch.jpg"], stored.Select(f => f.GetProperty("name").GetString()).Order());
        Assert.All(stored, f => Assert.Equal(("Install", "Day of install"), (f.GetProperty("category").GetString(), f.GetProperty("description").GetString())));

        // A program named as a PDF is refused, and the reason stands next to that file.
        await page.GetByLabel("Drop files here or choose them").SetInputFilesAsync(new FilePayload
        {
            Name = "invoice.pdf", MimeType = "application/pdf", Buffer = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload 1 file" }).ClickAsync();
        await Expect(page.Locator(".field-error[data-field='invoice.pdf']")).ToContainTextAsync("executable");
        await Screens.SaveAsync(page, "record-files");

        // Someone else edits the file while it is open here: the save offers a reload that keeps what was typed.
        var pdf = stored.Single(f => f.GetProperty("name").GetString() == "contract.pdf");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit contract.pdf" }).ClickAsync();
        await page.GetByLabel("File name").FillAsync("signed contract.pdf");
        await RecategoriseAsync(api, id, pdf, "Contracts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save file" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" }).ClickAsync();
        await Expect(page.GetByLabel("File name")).ToHaveValueAsync("signed contract.pdf");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save file" }).ClickAsync();
        await Expect(page.Locator("tr[data-file-id] .file-name")).ToHaveTextAsync(["signed contract.pdf", "porch.jpg"]);
        Assert.Contains(await FilesAsync(api, id), f => f.GetProperty("name").GetString() == "signed contract.pdf");

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview porch.jpg" }).ClickAsync();
        await Expect(page.Locator("img.image-preview")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^blob:"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Close preview" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete porch.jpg" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await Expect(page.Locator("tr[data-file-id]")).ToHaveCountAsync(1);
        Assert.Single(await FilesAsync(api, id));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show deleted files" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore porch.jpg" }).ClickAsync();
        await Expect(page.Locator("tr[data-file-id]")).ToHaveCountAsync(2);
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "record-files-phone");
    }

    private static async Task<JsonElement[]> FilesAsync(HttpClient api, long customer) =>
        [.. (await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/files")).EnumerateArray()];

    private static async Task RecategoriseAsync(HttpClient api, long customer, JsonElement file, string category)
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{customer}/files/{file.GetProperty("id").GetInt32()}")
        {
            Content = JsonContent.Create(new { name = file.GetProperty("name").GetString(), category, description = file.GetProperty("description").GetString() }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", file.GetProperty("eTag").GetString());
        (await api.SendAsync(put)).EnsureSuccessStatusCode();
    }
}

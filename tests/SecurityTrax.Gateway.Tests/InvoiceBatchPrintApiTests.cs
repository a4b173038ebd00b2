using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using UglyToad.PdfPig;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Bulk print from Reports (issue 21, point 6): one PDF or a ZIP of PDFs for the list's filters.</summary>
[Collection(GatewayCollection.Name)]
public sealed class InvoiceBatchPrintApiTests(GatewayFixture fixture) : BillingSession(fixture)
{
    [Fact]
    public async Task OnePdfHoldsEveryMatchingDocumentEachFromANewPage()
    {
        var ann = await CustomerAsync();
        var other = await CustomerAsync();
        var october = await DocumentAsync(ann, "invoice", "2026-10-05");
        var november = await DocumentAsync(ann, "invoice", "2026-11-02", lines: 70);
        var quote = await DocumentAsync(ann, "quote", "2026-11-03");
        await DocumentAsync(ann, "invoice", "2026-12-01");
        await DocumentAsync(other, "invoice", "2026-11-04");

        var response = await Admin.GetAsync($"/api/v1/invoices/print?customerId={ann}&from=2026-10-01&to=2026-12-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("invoices.pdf", response.Content.Headers.ContentDisposition?.FileName);
        using var merged = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        // Newest sale date first; the 70-line invoice runs over two pages and the quote still starts on a page of its own.
        var expected = new[] { quote, november, october };
        var pages = new List<long>();
        foreach (var id in expected)
        {
            using var single = PdfDocument.Open(await Admin.GetByteArrayAsync($"/api/v1/invoices/{id}/pdf"));
            pages.AddRange(Enumerable.Repeat(id, single.NumberOfPages));
        }

        Assert.True(pages.Count > expected.Length);
        Assert.Equal(pages.Count, merged.NumberOfPages);
        for (var i = 0; i < pages.Count; i++)
        {
            if (i == 0 || pages[i - 1] != pages[i])
            {
                Assert.Contains(pages[i].ToString(CultureInfo.InvariantCulture), merged.GetPage(i + 1).GetWords().Select(w => w.Text));
            }
        }
    }

    [Fact]
    public async Task AZipHoldsOnePdfPerDocumentOfTheChosenStatusAndType()
    {
        var ann = await CustomerAsync();
        var open = await DocumentAsync(ann, "invoice", "2026-09-01");
        var memo = await DocumentAsync(ann, "credit_memo", "2026-09-02");
        var quote = await DocumentAsync(ann, "quote", "2026-09-03");
        var voided = await DocumentAsync(ann, "invoice", "2026-09-04", voided: true);

        var invoices = await ZipAsync($"customerId={ann}&type=invoice");
        var memos = await ZipAsync($"customerId={ann}&type=credit_memo");
        var voids = await ZipAsync($"customerId={ann}&status=void");
        var all = await ZipAsync($"customerId={ann}");

        Assert.Equal([$"invoice-{voided}.pdf", $"invoice-{open}.pdf"], invoices);
        Assert.Equal([$"credit-memo-{memo}.pdf"], memos);
        Assert.Equal([$"invoice-{voided}.pdf"], voids);
        Assert.Equal([$"invoice-{voided}.pdf", $"quote-{quote}.pdf", $"credit-memo-{memo}.pdf", $"invoice-{open}.pdf"], all);
    }

    [Fact]
    public async Task BadFiltersAndTooManyDocumentsAnswer400NamingTheField()
    {
        var ann = await CustomerAsync();
        for (var day = 1; day <= 7; day++)
        {
            await DocumentAsync(ann, "invoice", $"2026-08-0{day}");
        }

        Assert.Equal("Use pdf or zip.", (await ErrorsAsync("format=doc")).GetProperty("format")[0].GetString());
        Assert.StartsWith("Use open, paid", (await ErrorsAsync("status=unpaid")).GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await ErrorsAsync("from=2026-13-01")).TryGetProperty("from", out _));
        Assert.Equal("Must be after from (to is exclusive).", (await ErrorsAsync("from=2026-08-05&to=2026-08-05")).GetProperty("to")[0].GetString());
        Assert.Equal("No invoices, quotes or credit memos match these filters.",
            (await ErrorsAsync($"customerId={ann}&type=quote")).GetProperty("from")[0].GetString());
        Assert.Equal("7 documents match; at most 6 are printed at once. Narrow the dates, the customer, the status or the type.",
            (await ErrorsAsync($"customerId={ann}")).GetProperty("from")[0].GetString());
        Assert.Equal(6, (await ZipAsync($"customerId={ann}&from=2026-08-02")).Length);
    }

    [Fact]
    public async Task ItTakesInvoicesViewAndPrintsOnlyTheCallersCompany()
    {
        var ann = await CustomerAsync();
        var mine = await DocumentAsync(ann, "invoice", "2026-07-01");
        var otherTenant = await Fixture.CreateTenantAsync("other-admin-password");
        using var other = await Fixture.SignInAsync(otherTenant, "admin", "other-admin-password");
        using var technician = await UserAsync("Technician");

        var theirs = await other.GetAsync($"/api/v1/invoices/print?customerId={ann}&format=zip");
        var nothingOfOurs = await other.GetAsync("/api/v1/invoices/print?format=zip");

        await Problems.AssertAsync(theirs, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        await Problems.AssertAsync(nothingOfOurs, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(HttpStatusCode.Forbidden, (await technician.GetAsync($"/api/v1/invoices/print?customerId={ann}")).StatusCode);
        Assert.Equal([$"invoice-{mine}.pdf"], await ZipAsync($"customerId={ann}"));
    }

    private async Task<string[]> ZipAsync(string query)
    {
        var response = await Admin.GetAsync($"/api/v1/invoices/print?format=zip&{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("application/zip", "invoices.zip"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileName));
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            await using var content = entry.Open();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            using var pdf = PdfDocument.Open(copy.ToArray());
            Assert.True(pdf.NumberOfPages >= 1);
        }

        return [.. zip.Entries.Select(e => e.FullName)];
    }

    private async Task<JsonElement> ErrorsAsync(string query) =>
        await Problems.AssertAsync(await Admin.GetAsync($"/api/v1/invoices/print?{query}"), HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");

    private async Task<long> DocumentAsync(long customer, string type, string saleDate, int lines = 1, bool voided = false)
    {
        var (id, _, etag) = await InvoiceAsync(customer, new
        {
            type,
            saleDate,
            lines = Enumerable.Range(0, lines).Select(_ => new { itemId = PanelItem, quantity = 1 }).ToArray(),
        });
        if (voided)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/invoices/{id}/void");
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            (await Admin.SendAsync(request)).EnsureSuccessStatusCode();
        }

        return id;
    }
}

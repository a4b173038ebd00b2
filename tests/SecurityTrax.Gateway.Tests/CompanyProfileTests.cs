using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;
using static SecurityTrax.Gateway.Tests.InvoicesApiTests;

namespace SecurityTrax.Gateway.Tests;

/// <summary>The company profile: read and written under If-Match, printed on the PDFs, filled into the company.* merge fields.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CompanyProfileTests(GatewayFixture fixture) : BillingSession(fixture)
{
    private const string Path = "/api/v1/settings/company-profile";

    private static readonly object Profile = new
    {
        legalName = "Front Range Alarm LLC",
        address = new { line1 = "12 Main St", city = "Denver", state = "CO", zip = "80202" },
        phone = "(303) 555-0142",
        email = "office@frontrange.example",
        website = "https://frontrange.example",
        licenceNumbers = new[] { "CO-EC-10442", "DEN-ALM-7" },
    };

    [Fact]
    public async Task TheProfileIsWrittenUnderIfMatchAndBadFieldsAreNamedWithNothingChanged()
    {
        var empty = await Admin.GetAsync(Path);
        var emptyJson = await empty.Content.ReadFromJsonAsync<JsonElement>();
        var etag = empty.Headers.ETag!.Tag;

        var bad = await SendAsync(Admin, HttpMethod.Put, Path, etag, new
        {
            legalName = "X", email = "not-mail", website = "ftp://files.example", phone = "12", address = new { line1 = "1 A St", city = "Denver", state = "ZZ", zip = "8020" },
            licenceNumbers = new[] { "OK-1", " " },
        });
        var unchanged = await Admin.GetAsync(Path);
        var missing = await Admin.PutAsJsonAsync(Path, Profile);
        var saved = await SendAsync(Admin, HttpMethod.Put, Path, etag, Profile);
        var stale = await SendAsync(Admin, HttpMethod.Put, Path, etag, Profile);
        var read = await Admin.GetFromJsonAsync<JsonElement>(Path);

        Assert.Equal((JsonValueKind.Null, 0, JsonValueKind.Null),
            (emptyJson.GetProperty("legalName").ValueKind, emptyJson.GetProperty("licenceNumbers").GetArrayLength(), emptyJson.GetProperty("logoContentType").ValueKind));
        Assert.Equal(["address.state", "address.zip", "email", "licenceNumbers[1]", "phone", "website"], Fields(await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(etag, unchanged.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        Assert.Equal(("Front Range Alarm LLC", "+13035550142", "office@frontrange.example", "https://frontrange.example", "80202"),
            (S(read, "legalName"), S(read, "phone"), S(read, "email"), S(read, "website"), S(read.GetProperty("address"), "zip")));
        Assert.Equal(["CO-EC-10442", "DEN-ALM-7"], read.GetProperty("licenceNumbers").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task TheLogoIsAPngOrJpegByItsBytesAndSmall()
    {
        var png = TinyPng.Solid(8, 4, 200, 20, 20);
        var etag = await ETagAsync(Admin, Path);

        var gif = await SendAsync(Admin, HttpMethod.Post, $"{Path}/logo", etag, new { image = "GIF89a-not-a-png"u8.ToArray() });
        var huge = await SendAsync(Admin, HttpMethod.Post, $"{Path}/logo", etag, new { image = png.Concat(new byte[256 * 1024]).ToArray() });
        var none = await Admin.GetAsync($"{Path}/logo");
        var set = await SendAsync(Admin, HttpMethod.Post, $"{Path}/logo", etag, new { image = png });
        var logo = await Admin.GetAsync($"{Path}/logo");
        var removed = await SendAsync(Admin, HttpMethod.Delete, $"{Path}/logo", set.Headers.ETag!.Tag);

        Assert.Equal("The logo must be a PNG or JPEG image.", (await Problems.AssertAsync(gif, HttpStatusCode.BadRequest, Validation)).GetProperty("image")[0].GetString());
        Assert.Equal(["image"], Fields(await Problems.AssertAsync(huge, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("image/png", S(await set.Content.ReadFromJsonAsync<JsonElement>(), "logoContentType"));
        Assert.Equal("image/png", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await logo.Content.ReadAsByteArrayAsync());
        Assert.Equal(JsonValueKind.Null, (await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("logoContentType").ValueKind);
    }

    [Fact]
    public async Task InvoiceQuoteAndCreditMemoPdfsPrintTheProfileAndTheLogo()
    {
        var etag = await ETagAsync(Admin, Path);
        var saved = await SendAsync(Admin, HttpMethod.Put, Path, etag, Profile);
        (await SendAsync(Admin, HttpMethod.Post, $"{Path}/logo", saved.Headers.ETag!.Tag, new { image = TinyPng.Solid(16, 16, 10, 90, 200) })).EnsureSuccessStatusCode();
        var customer = await CustomerAsync();
        var line = new object[] { new { itemId = LabourItem, quantity = 1 } };
        var (invoice, _, _) = await InvoiceAsync(customer, new { lines = line });
        var (quote, _, _) = await InvoiceAsync(customer, new { type = "quote", lines = line });
        var (memo, _, _) = await InvoiceAsync(customer, new { type = "credit_memo", lines = line });

        foreach (var id in new[] { invoice, quote, memo })
        {
            using var pdf = PdfDocument.Open(await Admin.GetByteArrayAsync($"/api/v1/invoices/{id}/pdf"));
            var page = pdf.GetPage(1);
            var text = string.Join(" ", page.GetWords().Select((Word w) => w.Text));
            // Words come in reading order, so the header's right column (title, number) may sit between two lines.
            Assert.All(
                new[] { "Front Range Alarm LLC", "12 Main St", "Denver, CO 80202", "+13035550142", "office@frontrange.example", "https://frontrange.example",
                    "Licence CO-EC-10442", "Licence DEN-ALM-7" },
                line => Assert.Contains(line, text, StringComparison.Ordinal));
            Assert.Single(page.GetImages());
        }
    }

    [Fact]
    public async Task CompanyMergeFieldsComeFromTheProfile()
    {
        var etag = await ETagAsync(Admin, Path);
        (await SendAsync(Admin, HttpMethod.Put, Path, etag, Profile)).EnsureSuccessStatusCode();
        var customer = await CustomerAsync();
        var template = await Admin.PostAsJsonAsync("/api/v1/message-templates", new
        {
            name = GatewayFixture.NewName("Company "), channel = "email", subject = "From us", isDynamic = true,
            htmlBody = "<p>{{ company.legal_name }} | {{ company.address }} | {{ company.phone }} | {{ company.email }} | {{ company.website }} | {{ company.licence_numbers }}</p>",
        });
        var id = (await template.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var preview = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/message-templates/{id}/preview?customerId={customer}");

        // Decoded: the HTML encoder writes some characters (the phone's "+") as entities.
        Assert.Equal(
            "<p>Front Range Alarm LLC | 12 Main St, Denver, CO 80202 | +13035550142 | office@frontrange.example | https://frontrange.example | CO-EC-10442, DEN-ALM-7</p>",
            WebUtility.HtmlDecode(preview.GetProperty("html").GetString()));
    }

    [Fact]
    public async Task TheProfileNeedsTheCompanySettingsGrants()
    {
        using var tech = await UserAsync("Technician");
        var etag = await ETagAsync(Admin, Path);

        var read = await tech.GetAsync(Path);
        var write = await SendAsync(tech, HttpMethod.Put, Path, etag, Profile);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (read.StatusCode, write.StatusCode));
        Assert.Equal(etag, await ETagAsync(Admin, Path));
    }
}

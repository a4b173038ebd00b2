using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class InvoicesApiTests(GatewayFixture fixture) : BillingSession(fixture)
{
    [Fact]
    public async Task AnInvoiceIsCreatedWithItsLinesAndReadBack()
    {
        var customer = await CustomerAsync();

        var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new
        {
            saleDate = "2026-11-02",
            term = "net30",
            poNumber = "PO-1",
            lines = new object[] { new { itemId = PanelItem, quantity = 1 }, new { itemId = LabourItem, quantity = 1.5m } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/invoices/{id}", response.Headers.Location?.OriginalString);
        var read = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{id}");
        Assert.Equal(("invoice", "open", "2026-12-02", "Ann Lee"), (S(read, "type"), S(read, "status"), S(read, "dueDate"), S(read, "customerName")));
        Assert.Equal([("Alarm panel", 199.00m, 16.67m), ("Installation (hours)", 127.50m, 0m)],
            read.GetProperty("lines").EnumerateArray().Select(l => (S(l, "description"), M(l, "amount"), M(l, "tax"))));
        var totals = read.GetProperty("totals");
        Assert.Equal((326.50m, 16.67m, 343.17m, 343.17m), (M(totals, "subTotal"), M(totals, "taxTotal"), M(totals, "grandTotal"), M(totals, "due")));
    }

    [Fact]
    public async Task BadInputNamesEachFieldAndCreatesNothing()
    {
        var customer = await CustomerAsync();

        var lines = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new
        {
            saleDate = "11/26/2026",
            lines = new object[]
            {
                new { itemId = PanelItem, quantity = -1, unitPrice = 1.005m },
                new { itemId = 999, quantity = 1, taxRate = 8.3755m },
                new { quantity = 1 },
            },
        });
        var type = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new { type = "bill" });
        var values = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new
        {
            lines = new object[] { new { itemId = PanelItem, quantity = -1, unitPrice = 1.005m }, new { itemId = 999, quantity = 1, taxRate = 8.3755m } },
        });

        Assert.Equal(["lines[2].itemId", "saleDate"], Fields(await Problems.AssertAsync(lines, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["type"], Fields(await Problems.AssertAsync(type, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["lines[0].quantity", "lines[0].unitPrice", "lines[1].itemId", "lines[1].taxRate"],
            Fields(await Problems.AssertAsync(values, HttpStatusCode.BadRequest, Validation)));
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/invoices")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task HeaderAndLinesChangeOnlyWithTheCurrentETag()
    {
        var customer = await CustomerAsync();
        var (id, _, etag) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 2 } } });

        var header = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/invoices/{id}", etag, new { saleDate = "2026-11-01", term = "net15", note = "Back gate code 4411" });
        var stale = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/invoices/{id}/lines/1", etag, new { itemId = LabourItem, quantity = 3 });
        var missing = await Admin.PutAsJsonAsync($"/api/v1/invoices/{id}", new { term = "net7" });
        var added = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{id}/lines", header.Headers.ETag!.Tag, new { itemId = ContactItem, quantity = 2, unitPrice = 35.00m });
        var line = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/invoices/{id}/lines/1", added.Headers.ETag!.Tag, new { itemId = LabourItem, quantity = 3 });
        var removed = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/invoices/{id}/lines/2", line.Headers.ETag!.Tag);

        var headerBody = await header.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("2026-11-16", "net15", "Back gate code 4411"), (S(headerBody, "dueDate"), S(headerBody, "term"), S(headerBody, "note")));
        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        await Problems.AssertAsync(missing, HttpStatusCode.PreconditionRequired, "urn:securitytrax:problem:precondition-required");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var final = await removed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([(1, 255.00m)], final.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("id").GetInt32(), M(l, "amount"))));
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=invoice&action=line_removed");
        Assert.Equal("2 × Door contact @ 35.00 = 70.00, tax 8.375% = 5.86", S(history.GetProperty("items")[0], "oldValue"));
    }

    [Fact]
    public async Task EveryButtonAddsOnceAndSaysWhyNotTheSecondTime()
    {
        var customer = await CustomerAsync();
        (await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/equipment/packages", new { packageId = StarterPackage })).EnsureSuccessStatusCode();
        var (id, _, _) = await InvoiceAsync(customer, new { });

        var results = new List<(int Added, string? Reason)>();
        foreach (var button in new[] { "add-unpaid-equipment", "add-activation-fee", "add-monitoring" })
        {
            foreach (var _ in new[] { 1, 2 })
            {
                var pressed = await SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{id}/{button}", $"/api/v1/invoices/{id}");
                var body = await pressed.Content.ReadFromJsonAsync<JsonElement>();
                results.Add((body.GetProperty("addedLineIds").GetArrayLength(), body.GetProperty("reason").GetString()));
            }
        }

        Assert.Equal(
            [
                (2, null), (0, "All of the customer's unpaid equipment is on this invoice."),
                (1, null), (0, "The activation fee is on this invoice."),
                (1, null), (0, "The monthly monitoring charge is on this invoice."),
            ],
            results);
        var invoice = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{id}");
        Assert.Equal(["equipment", "equipment", "activation_fee", "monitoring"], invoice.GetProperty("lines").EnumerateArray().Select(l => S(l, "source")));
        Assert.Equal(199.00m + 117.00m + 99.00m + 39.95m, M(invoice.GetProperty("totals"), "subTotal"));
        var equipment = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/equipment");
        Assert.All(equipment.EnumerateArray(), r => Assert.Equal((true, id), (r.GetProperty("onInvoice").GetBoolean(), r.GetProperty("invoiceId").GetInt64())));
    }

    [Fact]
    public async Task AQuoteBecomesALinkedInvoiceOnce()
    {
        var customer = await CustomerAsync();
        var (quote, body, etag) = await InvoiceAsync(customer, new { type = "quote", lines = new[] { new { itemId = PanelItem, quantity = 1 } } });

        var converted = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{quote}/convert", etag);
        var afterQuote = await Admin.GetAsync($"/api/v1/invoices/{quote}");
        var again = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{quote}/convert", afterQuote.Headers.ETag!.Tag);

        Assert.Equal((0m, JsonValueKind.Null), (M(body.GetProperty("totals"), "due"), body.GetProperty("dueDate").ValueKind));
        Assert.Equal(HttpStatusCode.Created, converted.StatusCode);
        var invoice = await converted.Content.ReadFromJsonAsync<JsonElement>();
        var quoteNow = await afterQuote.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("invoice", quote, 215.67m), (S(invoice, "type"), invoice.GetProperty("quoteId").GetInt64(), M(invoice.GetProperty("totals"), "due")));
        Assert.Equal(("converted", invoice.GetProperty("id").GetInt64()), (S(quoteNow, "status"), quoteNow.GetProperty("invoiceId").GetInt64()));
        Assert.Equal($"/api/v1/invoices/{invoice.GetProperty("id").GetInt64()}", converted.Headers.Location?.OriginalString);
        // Converting again creates nothing: 409 naming the invoice made the first time, never a second 201.
        await Problems.AssertAsync(again, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Equal(invoice.GetProperty("id").GetInt64(), JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("invoiceId").GetInt64());
    }

    [Fact]
    public async Task AnInvoiceWithCreditAppliedIsVoidedNotDeleted()
    {
        var customer = await CustomerAsync();
        var (invoice, _, invoiceTag) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        var (memo, memoBody, _) = await InvoiceAsync(customer, new { type = "credit_memo", lines = new[] { new { itemId = LabourItem, quantity = 1, unitPrice = 50.00m } } });
        var (spare, _, spareTag) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 1 } } });

        var key = Guid.NewGuid().ToString();
        var first = await PostWithKeyAsync($"/api/v1/invoices/{invoice}/credits", key, invoiceTag, new { creditMemoId = memo, amount = 50.00m });
        var repeat = await PostWithKeyAsync($"/api/v1/invoices/{invoice}/credits", key, invoiceTag, new { creditMemoId = memo, amount = 50.00m });
        var delete = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/invoices/{invoice}", first.Headers.ETag!.Tag);
        var voided = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/void", first.Headers.ETag!.Tag);
        var deleted = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/invoices/{spare}", spareTag);

        Assert.Equal(-50.00m, M(memoBody.GetProperty("totals"), "grandTotal"));
        Assert.Equal(35.00m, M((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals"), "due"));
        Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
        await Problems.AssertAsync(delete, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        var voidBody = await voided.Content.ReadFromJsonAsync<JsonElement>();
        // Voiding gives the credit back to the memo (docs/decisions.md, issue 15 point 11).
        Assert.Equal(("void", 0m, 0m), (S(voidBody, "status"), M(voidBody.GetProperty("totals"), "due"), M(voidBody.GetProperty("totals"), "applied")));
        Assert.Equal(0, voidBody.GetProperty("applications").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/v1/invoices/{spare}")).StatusCode);
        var memoNow = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{memo}");
        Assert.Equal((50.00m, 0), (M(memoNow.GetProperty("totals"), "creditLeft"), memoNow.GetProperty("applications").GetArrayLength()));
    }

    [Fact]
    public async Task ThePrintoutCarriesTheCompanyNameAndTermsInWords()
    {
        var customer = await CustomerAsync();
        var (id, _, _) = await InvoiceAsync(customer, new { term = "net30", lines = new[] { new { itemId = PanelItem, quantity = 1 } } });

        var printout = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{id}/printout");

        Assert.Equal(("Other Alarm Co", "Net 30"), (S(printout, "companyName"), S(printout, "termText")));
        Assert.Equal("Denver", S(printout.GetProperty("invoice").GetProperty("billingAddress"), "city"));
    }

    private async Task<HttpResponseMessage> PostWithKeyAsync(string path, string key, string etag, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await Admin.SendAsync(request);
    }

    internal const string Validation = "urn:securitytrax:problem:validation";

    internal static string? S(JsonElement e, string name) => e.GetProperty(name).GetString();

    internal static decimal M(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    internal static IEnumerable<string> Fields(JsonElement errors) => errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class InvoicePrintApiTests(GatewayFixture fixture) : BillingSession(fixture)
{
    // Panel $199.00 + 8.375% tax $16.67, labour 1.5 h $127.50: grand total $343.17.
    private const string GrandTotal = "$343.17";

    [Fact]
    public async Task ThePrintViewIsHtmlWithTheLinesAndTheGrandTotal()
    {
        var (id, _, _) = await InvoiceAsync(await CustomerAsync(), TwoLines());

        var response = await Admin.GetAsync($"/api/v1/invoices/{id}/print");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<div>No. {id}</div>", html, StringComparison.Ordinal);
        Assert.Contains("Alarm panel", html, StringComparison.Ordinal);
        Assert.Contains("Installation (hours)", html, StringComparison.Ordinal);
        Assert.Contains($"<td>Total</td><td>{GrandTotal}</td>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Net 30</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Ann Lee", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePdfIsARealPdfNamedAfterTheDocument()
    {
        var customer = await CustomerAsync();
        var (invoice, _, _) = await InvoiceAsync(customer, TwoLines());
        var (quote, _, _) = await InvoiceAsync(customer, new { type = "quote", lines = new object[] { new { itemId = PanelItem, quantity = 1 } } });

        var response = await Admin.GetAsync($"/api/v1/invoices/{invoice}/pdf");
        var quotePdf = await Admin.GetAsync($"/api/v1/invoices/{quote}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"invoice-{invoice}.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal($"quote-{quote}.pdf", quotePdf.Content.Headers.ContentDisposition?.FileName);
        var text = Text(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(GrandTotal, text, StringComparison.Ordinal);
        Assert.Contains("Alarm panel", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailingSendsThePdfOnceForOneIdempotencyKey()
    {
        var email = $"{GatewayFixture.NewName("ann")}@example.com";
        var customer = await CustomerAsync();
        var (id, _, _) = await InvoiceAsync(customer, TwoLines());
        var key = Guid.NewGuid().ToString("N");

        var first = await EmailAsync(id, new { to = email }, key);
        var repeat = await EmailAsync(id, new { to = email }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        var message = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("sent", email), (message.GetProperty("status").GetString(), message.GetProperty("to").GetString()));
        Assert.Equal([$"invoice-{id}.pdf"], message.GetProperty("attachments").EnumerateArray().Select(a => a.GetString()));
        var mail = Assert.Single(Fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Equal($"Invoice {id} from Other Alarm Co", mail.Subject);
        Assert.Contains($"for {GrandTotal}", mail.HtmlBody, StringComparison.Ordinal);
        var pdf = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal(($"invoice-{id}.pdf", "application/pdf"), (pdf.FileName, pdf.ContentType.MimeType));
        using var content = new MemoryStream();
        await pdf.Content!.DecodeToAsync(content);
        Assert.Contains(GrandTotal, Text(content.ToArray()), StringComparison.Ordinal);
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?action=sent");
        Assert.Single(history.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task ARetryWithTheSameMessageIdReachesTheSameMessageAndSendsNothing()
    {
        // What a gateway that died after the send (before storing its answer) does when the client retries.
        var email = $"{GatewayFixture.NewName("retry")}@example.com";
        var (id, _, _) = await InvoiceAsync(await CustomerAsync(), TwoLines());
        var printer = Fixture.Gateway.Services.GetRequiredService<IClusterClient>().GetGrain<IInvoicePrintGrain>(GrainKeys.For(Tenant, IInvoicePrintGrain.Id));
        CallerContext.Set(new Caller(Tenant, "admin-id", "admin", "api", null, null));
        try
        {
            var first = await printer.EmailAsync(id, $"i{id}-retry", email);
            var again = await printer.EmailAsync(id, $"i{id}-retry", email);

            Assert.Equal((first.Id, first.Attempts, MessageStatus.Sent), (again.Id, again.Attempts, again.Status));
            Assert.Single(Fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
        }
        finally
        {
            CallerContext.Clear();
        }
    }

    [Fact]
    public async Task EmailingIsRefusedWithoutAnAddressAndForVoidDocuments()
    {
        var customer = await CustomerAsync();
        var (open, _, _) = await InvoiceAsync(customer, TwoLines());
        var (voided, _, etag) = await InvoiceAsync(customer, TwoLines());
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/invoices/{voided}/void"))
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            (await Admin.SendAsync(request)).EnsureSuccessStatusCode();
        }

        var noAddress = await Admin.PostAsync($"/api/v1/invoices/{open}/email", null);
        var isVoid = await EmailAsync(voided, new { to = "ann@example.com" }, null);

        var errors = await Problems.AssertAsync(noAddress, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal("The record has no email address.", errors.GetProperty("to")[0].GetString());
        await Problems.AssertAsync(isVoid, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        var tab = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/messages");
        Assert.Empty(tab.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task EmailingTakesMessagesSendAndOtherCompaniesInvoicesAreNotFound()
    {
        var (id, _, _) = await InvoiceAsync(await CustomerAsync(), TwoLines());
        var role = GatewayFixture.NewName("viewer");
        (await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "invoices.view" } })).EnsureSuccessStatusCode();
        var name = GatewayFixture.NewName("viewer");
        await Fixture.CreateUserAsync(Admin, name, role);
        using var viewer = await Fixture.SignInAsync(Tenant, name, "a-good-password");
        using var other = await Fixture.SignInAsAdminAsync();

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/invoices/{id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/invoices/{id}/email", new { to = "a@example.com" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/invoices/{id}/print")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/invoices/{id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/invoices/{id}/email", new { to = "a@example.com" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync("/api/v1/invoices/987654321/pdf")).StatusCode);
    }

    private object TwoLines() => new
    {
        saleDate = "2026-11-02",
        term = "net30",
        lines = new object[] { new { itemId = PanelItem, quantity = 1 }, new { itemId = LabourItem, quantity = 1.5m } },
    };

    private async Task<HttpResponseMessage> EmailAsync(long id, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/invoices/{id}/email") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await Admin.SendAsync(request);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select((Word w) => w.Text));
    }
}

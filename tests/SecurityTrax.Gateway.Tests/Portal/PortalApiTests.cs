using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Portal;

/// <summary>The portal API, authorised by the pay link alone: what it shows, what it pays, and every link it refuses.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PortalApiTests(GatewayFixture fixture) : PortalSession(fixture)
{
    [Fact]
    public async Task ALinkShowsTheCompanyOpenInvoicesAndBalanceAndStreamsTheirPdfs()
    {
        var (customer, _, first, second) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");

        var portal = await Anonymous.GetFromJsonAsync<JsonElement>(api);
        var pdf = await Anonymous.GetAsync($"{api}/invoices/{first}/pdf");
        // Removed (issue 22): a link holder could make setup intents at Stripe without limit, and no page used it.
        var setup = await Anonymous.PostAsync($"{api}/setup", null);

        Assert.Equal("Pat Payer", portal.GetProperty("customerName").GetString());
        Assert.False(string.IsNullOrEmpty(portal.GetProperty("company").GetProperty("name").GetString()));
        Assert.Equal(340.00m, portal.GetProperty("balance").GetDecimal());
        Assert.Equal([first, second], portal.GetProperty("invoices").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).Order());
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, setup.StatusCode);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APortalPaymentIsAnOrdinaryPaymentAppliedReceiptedAndInHistoryAsPortal()
    {
        var (customer, email, first, second) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");
        var body = new { token = "pm_card_visa", applications = new[] { new { invoiceId = first, amount = 170.00m }, new { invoiceId = second, amount = 20.00m } } };

        var paid = await PayAsync(api, body, "portal-key-1");
        var again = await PayAsync(api, body, "portal-key-1");

        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var payment = await JsonAsync(paid);
        var id = payment.GetProperty("id").GetInt64();
        Assert.Equal(id, (await JsonAsync(again)).GetProperty("id").GetInt64());
        Assert.Equal("succeeded", payment.GetProperty("status").GetString());
        Assert.Equal(190.00m, payment.GetProperty("amount").GetDecimal());
        Assert.Equal(0m, (await InvoiceJsonAsync(first)).GetProperty("totals").GetProperty("due").GetDecimal());
        Assert.Equal(150.00m, (await InvoiceJsonAsync(second)).GetProperty("totals").GetProperty("due").GetDecimal());
        var office = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}");
        Assert.Equal(id, Assert.Single(office.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
        await ReceiptMailAsync(email, customer, id);
        var history = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?limit=200")).GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("entity").GetString() == "payment").ToList();
        Assert.NotEmpty(history);
        Assert.All(history, r => Assert.Equal("portal", r.GetProperty("source").GetString()));
        var receipt = await Anonymous.GetFromJsonAsync<JsonElement>($"{api}/payments/{id}");
        Assert.Equal(2, receipt.GetProperty("applications").GetArrayLength());
        Assert.Equal(150.00m, (await Anonymous.GetFromJsonAsync<JsonElement>(api)).GetProperty("balance").GetDecimal());
    }

    [Fact]
    public async Task OverpaymentsOtherCustomersInvoicesAndMissingKeysPayNothing()
    {
        var (customer, _, first, _) = await CustomerOwingAsync();
        var (other, _, otherInvoice, _) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");

        var over = await PayAsync(api, new { token = "pm_card_visa", applications = new[] { new { invoiceId = first, amount = 170.01m } } });
        var foreign = await PayAsync(api, new { token = "pm_card_visa", applications = new[] { new { invoiceId = otherInvoice, amount = 10.00m } } });
        var nothing = await PayAsync(api, new { token = "pm_card_visa", applications = Array.Empty<object>() });
        var cardNumber = await PayAsync(api, new { token = "4242424242424242", applications = new[] { new { invoiceId = first, amount = 10.00m } } });
        var keyless = await Anonymous.SendAsync(Post($"{api}/payments", new { token = "pm_card_visa", applications = new[] { new { invoiceId = first, amount = 10.00m } } }));
        var foreignPdf = await Anonymous.GetAsync($"{api}/invoices/{otherInvoice}/pdf");

        Assert.True(over.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest, over.StatusCode.ToString());
        Assert.True(foreign.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, foreign.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.True((await JsonAsync(nothing)).GetProperty("errors").TryGetProperty("applications", out _));
        Assert.Equal(HttpStatusCode.BadRequest, cardNumber.StatusCode);
        Assert.DoesNotContain("4242424242424242", await cardNumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PreconditionRequired, keyless.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignPdf.StatusCode);
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}")).GetProperty("items").EnumerateArray());
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={other}")).GetProperty("items").EnumerateArray());
        Assert.Equal(170.00m, (await InvoiceJsonAsync(otherInvoice)).GetProperty("totals").GetProperty("due").GetDecimal());
    }

    [Fact]
    public async Task AnInvoiceLinkShowsAndPaysThatInvoiceOnly()
    {
        var (customer, _, first, second) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/invoices/{first}/pay-links");

        var portal = await Anonymous.GetFromJsonAsync<JsonElement>(api);
        var otherOne = await PayAsync(api, new { token = "pm_card_visa", applications = new[] { new { invoiceId = second, amount = 10.00m } } });
        var otherPdf = await Anonymous.GetAsync($"{api}/invoices/{second}/pdf");

        Assert.Equal(first, Assert.Single(portal.GetProperty("invoices").EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Equal(first, portal.GetProperty("invoiceId").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, otherOne.StatusCode);
        Assert.True((await JsonAsync(otherOne)).GetProperty("errors").TryGetProperty("applications[0].invoiceId", out _));
        Assert.Equal(HttpStatusCode.NotFound, otherPdf.StatusCode);
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task TamperedRevokedExpiredAndOtherCompaniesLinksOpenNothing()
    {
        var (customer, _, first, _) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");
        var (revokedApi, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");
        var (expiringApi, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links", new { expiresAt = DateTimeOffset.UtcNow.AddSeconds(2) });
        var listed = await Admin.GetAsync($"/api/v1/customers/{customer}/pay-links");
        var revoke = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/customers/{customer}/pay-links/2");
        revoke.Headers.TryAddWithoutValidation("If-Match", listed.Headers.ETag!.Tag);
        (await Admin.SendAsync(revoke)).EnsureSuccessStatusCode();
        var token = api[(api.LastIndexOf('/') + 1)..];
        var tampered = api[..^1] + (api[^1] == 'A' ? 'B' : 'A');
        var otherCompany = await Fixture.CreateTenantAsync("portal-other-admin");

        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync(tampered)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync($"/api/v1/portal/{otherCompany}/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync($"/api/v1/portal/{Tenant}/short")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await Anonymous.GetAsync(revokedApi)).StatusCode);
        var payRevoked = await PayAsync(revokedApi, new { token = "pm_card_visa", applications = new[] { new { invoiceId = first, amount = 10.00m } } });
        Assert.Equal(HttpStatusCode.NotFound, payRevoked.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, await EventuallyAsync(expiringApi, HttpStatusCode.Gone));
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync(api)).StatusCode);
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}")).GetProperty("items").EnumerateArray());
    }

    /// <summary>The link expires on the real clock a moment after it was made: read it until it says so, within a deadline.</summary>
    private async Task<HttpStatusCode> EventuallyAsync(string api, HttpStatusCode wanted)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (true)
        {
            var status = (await Anonymous.GetAsync(api)).StatusCode;
            if (status == wanted || DateTimeOffset.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(200);
        }
    }
}

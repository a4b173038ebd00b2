using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SecurityTrax.Gateway.Tests.Portal;

/// <summary>The invoice email carries a pay link (<c>invoice.pay_url</c>) that opens that invoice in the portal.</summary>
[Collection(GatewayCollection.Name)]
public sealed partial class PayLinkMergeFieldTests(GatewayFixture fixture) : PortalSession(fixture)
{
    [Fact]
    public async Task AnEmailedInvoiceCarriesAPayLinkThatOpensThatInvoice()
    {
        var (customer, email, invoice, _) = await CustomerOwingAsync();

        var sent = await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/email", new { }, GatewayFixture.NewName("mail")));

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var mail = Assert.Single(Fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
        var url = PayUrl().Match(mail.HtmlBody ?? "").Value;
        Assert.StartsWith($"{GatewayFixture.PublicBaseUrl}/portal/{Tenant}/", url, StringComparison.Ordinal);
        var portal = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1" + new Uri(url).AbsolutePath);
        Assert.Equal(invoice, portal.GetProperty("invoiceId").GetInt64());
        var link = Assert.Single((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/pay-links")).EnumerateArray());
        Assert.Equal(invoice, link.GetProperty("invoiceId").GetInt64());
    }

    [Fact]
    public async Task AnSmsFromACompanyTemplateCarriesAWorkingPortalLink()
    {
        var phone = "+1720556" + Random.Shared.Next(0, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var (customer, _, _) = await CustomerApiClient.CreateAsync(Admin, CustomerApiClient.Person("Sam", "Texted", phone: phone));
        var template = await Admin.PostAsJsonAsync("/api/v1/message-templates", new
        {
            name = GatewayFixture.NewName("Portal "), channel = "sms", isDynamic = true, textBody = "Pay online: {{ customer.portal_url }}",
        });
        var templateId = (await template.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var sent = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/messages", new { templateId });

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var sms = Assert.Single(Fixture.Twilio.Sent, m => m.To == phone);
        var url = PayUrl().Match(sms.Body).Value;
        Assert.Equal($"Pay online: {url}", sms.Body);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync("/api/v1" + new Uri(url).AbsolutePath)).StatusCode);
        var link = Assert.Single((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/pay-links")).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, link.GetProperty("invoiceId").ValueKind);
    }

    [GeneratedRegex("https://[^\"<\\s]+/portal/[^\"<\\s]+")]
    private static partial Regex PayUrl();
}

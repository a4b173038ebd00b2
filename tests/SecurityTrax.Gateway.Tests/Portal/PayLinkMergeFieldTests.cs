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

    [GeneratedRegex("https://[^\"<\\s]+/portal/[^\"<\\s]+")]
    private static partial Regex PayUrl();
}

using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Portal;

/// <summary>A billing company whose office makes pay links; the portal is reached without signing in, by the link alone.</summary>
public abstract class PortalSession(GatewayFixture fixture) : PaymentSession(fixture)
{
    /// <summary>A pay link made by the office: its portal API address (<c>/api/v1/portal/{company}/{token}</c>) and the answer.</summary>
    protected async Task<(string Api, JsonElement Link)> PayLinkAsync(string path, object? body = null)
    {
        var response = await Admin.PostAsJsonAsync(path, body ?? new { });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var link = await JsonAsync(response);
        return ("/api/v1" + new Uri(link.GetProperty("url").GetString()!).AbsolutePath, link);
    }

    /// <summary>A customer with an email for receipts, and two open invoices of 170.00 each.</summary>
    protected async Task<(long Customer, string Email, long First, long Second)> CustomerOwingAsync()
    {
        var email = GatewayFixture.NewName("portal") + "@example.com";
        var response = await Admin.PostAsJsonAsync("/api/v1/customers", new
        {
            stage = "customer", firstName = "Pat", lastName = "Payer", email,
            serviceAddress = new { line1 = "3 Oak St", city = "Denver", state = "CO", zip = "80202" },
        });
        response.EnsureSuccessStatusCode();
        var customer = (await JsonAsync(response)).GetProperty("id").GetInt64();
        return (customer, email, await LabourInvoiceAsync(customer), await LabourInvoiceAsync(customer));
    }

    protected HttpClient Anonymous => Fixture.Http;

    protected async Task<HttpResponseMessage> PayAsync(string api, object body, string? key = null) =>
        await Anonymous.SendAsync(Post($"{api}/payments", body, key ?? GatewayFixture.NewName("portal-pay")));
}

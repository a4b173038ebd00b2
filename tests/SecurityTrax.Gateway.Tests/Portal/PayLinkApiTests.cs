using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Portal;

/// <summary>The office's pay links: made per customer or per invoice, listed without their token, revoked, all in the customer's history.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PayLinkApiTests(GatewayFixture fixture) : PortalSession(fixture)
{
    [Fact]
    public async Task ALinkIsMadeListedWithoutItsTokenRevokedAndInHistory()
    {
        var (customer, _, invoice, _) = await CustomerOwingAsync();
        var (_, portalLink) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");
        var (_, invoiceLink) = await PayLinkAsync($"/api/v1/invoices/{invoice}/pay-links", new { expiresAt = DateTimeOffset.UtcNow.AddDays(3) });

        var listed = await Admin.GetAsync($"/api/v1/customers/{customer}/pay-links");
        var links = (await JsonAsync(listed)).EnumerateArray().ToList();
        Assert.Equal([2, 1], links.Select(l => l.GetProperty("number").GetInt32()));
        Assert.All(links, l => Assert.Equal(JsonValueKind.Null, l.GetProperty("url").ValueKind));
        Assert.Equal(invoice, links[0].GetProperty("invoiceId").GetInt64());
        Assert.Equal(JsonValueKind.Null, links[1].GetProperty("invoiceId").ValueKind);
        Assert.Matches("^http://[^/]+/portal/[a-z0-9-]+/[A-Za-z0-9_-]{43}$", portalLink.GetProperty("url").GetString());
        Assert.NotEqual(portalLink.GetProperty("url").GetString(), invoiceLink.GetProperty("url").GetString());

        var revoke = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/customers/{customer}/pay-links/1");
        revoke.Headers.TryAddWithoutValidation("If-Match", listed.Headers.ETag!.Tag);
        var revoked = await Admin.SendAsync(revoke);
        var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/customers/{customer}/pay-links/2");
        stale.Headers.TryAddWithoutValidation("If-Match", listed.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("revoked", (await JsonAsync(revoked)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Admin.SendAsync(stale)).StatusCode);
        var history = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?limit=200")).GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("entity").GetString() == "pay_link").Select(r => r.GetProperty("action").GetString()).ToList();
        Assert.Equal(["revoked", "created", "created"], history);
    }

    [Fact]
    public async Task BadRequestsAreRefusedByFieldAndChangeNothing()
    {
        var (customer, _, _, _) = await CustomerOwingAsync();

        var past = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/pay-links", new { expiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        var far = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/pay-links", new { expiresAt = DateTimeOffset.UtcNow.AddDays(400) });
        var unknown = await Admin.PostAsJsonAsync("/api/v1/invoices/999999/pay-links", new { });

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.True((await JsonAsync(past)).GetProperty("errors").TryGetProperty("expiresAt", out _));
        Assert.Equal(HttpStatusCode.BadRequest, far.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/pay-links")).EnumerateArray());
    }

    [Fact]
    public async Task PayLinksTakeThePaymentsGrants()
    {
        var (customer, _, _, _) = await CustomerOwingAsync();
        using var technician = await UserAsync("Technician");

        var made = await technician.PostAsJsonAsync($"/api/v1/customers/{customer}/pay-links", new { });
        var listed = await technician.GetAsync($"/api/v1/customers/{customer}/pay-links");

        Assert.Equal(HttpStatusCode.Forbidden, made.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, listed.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Who may do what with invoices, equipment and the catalogue, and another company's records answering 404.</summary>
[Collection(GatewayCollection.Name)]
public sealed class BillingAccessTests(GatewayFixture fixture) : BillingSession(fixture)
{
    [Fact]
    public async Task InvoiceEndpointsFollowTheInvoiceGrants()
    {
        var customer = await CustomerAsync();
        var (id, _, etag) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        using var tech = await UserAsync("Technician");
        using var sales = await UserAsync("Sales");

        var techCodes = new[]
        {
            (await tech.GetAsync($"/api/v1/invoices/{id}")).StatusCode,
            (await tech.GetAsync("/api/v1/invoices")).StatusCode,
            (await tech.GetAsync($"/api/v1/customers/{customer}/invoices")).StatusCode,
            (await tech.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new { })).StatusCode,
            (await SendAsync(tech, HttpMethod.Post, $"/api/v1/invoices/{id}/add-monitoring", etag)).StatusCode,
        };
        var salesCreate = await sales.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new { });
        var salesModify = await SendAsync(sales, HttpMethod.Put, $"/api/v1/invoices/{id}", etag, new { term = "net10" });
        var salesDelete = await SendAsync(sales, HttpMethod.Delete, $"/api/v1/invoices/{id}", etag);
        var salesVoid = await SendAsync(sales, HttpMethod.Post, $"/api/v1/invoices/{id}/void", etag);

        Assert.All(techCodes, code => Assert.Equal(HttpStatusCode.Forbidden, code));
        Assert.Equal(HttpStatusCode.Created, salesCreate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, salesModify.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (salesDelete.StatusCode, salesVoid.StatusCode));
        Assert.Equal("open", InvoicesApiTests.S(await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{id}"), "status"));
    }

    [Fact]
    public async Task TheCatalogueIsManagedWithTheCatalogGrants()
    {
        using var office = await UserAsync("Office");
        var catalog = await Admin.GetAsync("/api/v1/catalog");
        var panel = (await catalog.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == PanelItem);
        var etag = InvoicesApiTests.S(panel, "eTag")!;

        var codes = new[]
        {
            (await office.GetAsync("/api/v1/catalog")).StatusCode,
            (await office.PostAsJsonAsync("/api/v1/catalog/items", new { name = "Camera", unitPrice = 149, kind = "equipment" })).StatusCode,
            (await SendAsync(office, HttpMethod.Put, $"/api/v1/catalog/items/{PanelItem}", etag, new { name = "Panel", unitPrice = 1, kind = "equipment" })).StatusCode,
            (await SendAsync(office, HttpMethod.Delete, $"/api/v1/catalog/items/{LabourItem}", etag)).StatusCode,
            (await office.PostAsJsonAsync("/api/v1/catalog/tax-rates", new { state = "WY", rate = 4 })).StatusCode,
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], codes);
    }

    [Fact]
    public async Task EquipmentEndpointsFollowTheEquipmentGrants()
    {
        var customer = await CustomerAsync();
        using var tech = await UserAsync("Technician");
        var added = await tech.PostAsJsonAsync($"/api/v1/customers/{customer}/equipment", new { equipmentItemId = PanelPiece, zone = "Hall" });
        var row = await added.Content.ReadFromJsonAsync<JsonElement>();

        var delete = await SendAsync(tech, HttpMethod.Delete, $"/api/v1/customers/{customer}/equipment/{row.GetProperty("id").GetInt32()}", added.Headers.ETag!.Tag);
        using var sales = await UserAsync("Sales");
        var salesReads = await sales.GetAsync($"/api/v1/customers/{customer}/equipment");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, salesReads.StatusCode);
    }

    [Fact]
    public async Task AnotherCompanysInvoicesCustomersAndEquipmentAnswer404()
    {
        var customer = await CustomerAsync();
        var (id, _, etag) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        // A company with no records of its own: the same numbers there must not reach this company's records.
        using var other = await Fixture.SignInAsync(await Fixture.CreateTenantAsync("other-admin-password"), "admin", "other-admin-password");

        var codes = new[]
        {
            (await other.GetAsync($"/api/v1/invoices/{id}")).StatusCode,
            (await other.GetAsync($"/api/v1/invoices/{id}/printout")).StatusCode,
            (await SendAsync(other, HttpMethod.Put, $"/api/v1/invoices/{id}", etag, new { term = "net10" })).StatusCode,
            (await SendAsync(other, HttpMethod.Delete, $"/api/v1/invoices/{id}", etag)).StatusCode,
            (await SendAsync(other, HttpMethod.Post, $"/api/v1/invoices/{id}/void", etag)).StatusCode,
            (await SendAsync(other, HttpMethod.Post, $"/api/v1/invoices/{id}/lines", etag, new { itemId = LabourItem, quantity = 1 })).StatusCode,
            (await SendAsync(other, HttpMethod.Post, $"/api/v1/invoices/{id}/add-monitoring", etag)).StatusCode,
            (await other.GetAsync($"/api/v1/customers/{customer}/invoices")).StatusCode,
            (await other.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new { })).StatusCode,
            (await other.GetAsync($"/api/v1/customers/{customer}/equipment")).StatusCode,
        };
        var list = await other.GetFromJsonAsync<JsonElement>($"/api/v1/invoices?customerId={customer}");

        Assert.All(codes, code => Assert.Equal(HttpStatusCode.NotFound, code));
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);
        var mine = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{id}");
        Assert.Equal(("due_on_receipt", 1), (InvoicesApiTests.S(mine, "term"), mine.GetProperty("lines").GetArrayLength()));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;
using static SecurityTrax.Gateway.Tests.InvoicesApiTests;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CatalogApiTests(GatewayFixture fixture) : BillingSession(fixture)
{
    [Fact]
    public async Task AnAdminAddsChangesAndRetiresItems()
    {
        var added = await Admin.PostAsJsonAsync("/api/v1/catalog/items", new { name = "Camera", description = "Outdoor camera", unitPrice = 149.99m, taxable = true, kind = "equipment" });
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var changed = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/catalog/items/{id}", added.Headers.ETag!.Tag, new { name = "Camera", unitPrice = 129.99m, taxable = true, kind = "equipment" });
        var stale = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/catalog/items/{id}", added.Headers.ETag!.Tag, new { name = "Cam", unitPrice = 1, kind = "equipment" });
        var retired = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/catalog/items/{id}", changed.Headers.ETag!.Tag);

        Assert.Equal((HttpStatusCode.Created, $"/api/v1/catalog/items/{id}"), (added.StatusCode, added.Headers.Location?.OriginalString));
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((129.99m, JsonValueKind.Null, "\"2\""), (M(body, "unitPrice"), body.GetProperty("description").ValueKind, S(body, "eTag")));
        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        Assert.Equal(HttpStatusCode.NoContent, retired.StatusCode);
        var active = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/catalog");
        var all = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/catalog?includeRetired=true");
        Assert.DoesNotContain(active.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);
        Assert.True(all.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id).GetProperty("retired").GetBoolean());
        Assert.Equal(["Activation fee", "Monthly monitoring", "Alarm panel", "Door contact", "Labour"],
            active.GetProperty("items").EnumerateArray().Select(i => S(i, "name")));
    }

    [Fact]
    public async Task BadCatalogueInputNamesTheField()
    {
        var cents = await Admin.PostAsJsonAsync("/api/v1/catalog/items", new { name = "Siren", unitPrice = 10.005m, kind = "equipment" });
        var kind = await Admin.PostAsJsonAsync("/api/v1/catalog/items", new { name = "Siren", unitPrice = 10, kind = "gadget" });
        var missing = await Admin.PostAsJsonAsync("/api/v1/catalog/items", new { unitPrice = 10 });
        var piece = await Admin.PostAsJsonAsync("/api/v1/catalog/equipment", new { make = "DSC", model = "PG9", billableItemId = LabourItem });
        var rate = await Admin.PostAsJsonAsync("/api/v1/catalog/tax-rates", new { state = "TX", rate = 6.2505m });
        var twice = await Admin.PostAsJsonAsync("/api/v1/catalog/tax-rates", new { state = "co", rate = 4 });

        Assert.Equal(["unitPrice"], Fields(await Problems.AssertAsync(cents, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["kind"], Fields(await Problems.AssertAsync(kind, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["kind", "name"], Fields(await Problems.AssertAsync(missing, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["billableItemId"], Fields(await Problems.AssertAsync(piece, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["rate"], Fields(await Problems.AssertAsync(rate, HttpStatusCode.BadRequest, Validation)));
        await Problems.AssertAsync(twice, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
    }

    [Fact]
    public async Task TaxRatesAreChangedAndRemovedWithTheirETag()
    {
        var catalog = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/catalog");
        var colorado = catalog.GetProperty("taxRates").EnumerateArray().Single();

        var changed = await SendAsync(Admin, HttpMethod.Put, "/api/v1/catalog/tax-rates/CO", S(colorado, "eTag")!, new { rate = 2.9m });
        var removed = await SendAsync(Admin, HttpMethod.Delete, "/api/v1/catalog/tax-rates/co", changed.Headers.ETag!.Tag);
        var gone = await SendAsync(Admin, HttpMethod.Delete, "/api/v1/catalog/tax-rates/CO", changed.Headers.ETag!.Tag);

        Assert.Equal((8.375m, "CO"), (M(colorado, "rate"), S(colorado, "state")));
        Assert.Equal(2.9m, M(await changed.Content.ReadFromJsonAsync<JsonElement>(), "rate"));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await Problems.AssertAsync(gone, HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
    }
}

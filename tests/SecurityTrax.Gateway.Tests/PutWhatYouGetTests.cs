using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A client can PUT back the representation it read; read-only members pass unchanged and are refused by name when changed.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PutWhatYouGetTests(GatewayFixture fixture) : BillingSession(fixture)
{
    private const string ReadOnly = "This field is read-only: send it unchanged or leave it out.";

    [Fact]
    public async Task ACustomerIsPutBackAsItWasRead()
    {
        var customer = await CustomerAsync("lead");
        var path = $"/api/v1/customers/{customer}";
        var contact = await Admin.PostAsJsonAsync($"{path}/contacts", Contact("Jo Lee"));
        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);

        await RoundTripAsync(path, path, "createdAt", JsonValue.Create("2001-01-01T00:00:00+00:00"));
        var stage = await ChangedAsync(path, path, "stage", JsonValue.Create("customer"));
        Assert.Equal(["This field is read-only: change the stage with POST …/convert."], Reasons(stage, "stage"));
    }

    [Fact]
    public async Task AnInvoiceIsPutBackAsItWasRead()
    {
        var (invoice, _, _) = await InvoiceAsync(await CustomerAsync(), new { lines = new[] { new { itemId = PanelItem, quantity = 1 } }, poNumber = "PO-7" });
        var path = $"/api/v1/invoices/{invoice}";

        await RoundTripAsync(path, path, "totals", JsonNode.Parse("""{"subTotal":1,"taxTotal":0,"grandTotal":1,"applied":0,"due":1,"creditLeft":0}""")!);
    }

    [Fact]
    public async Task AContactIsPutBackAsTheListShowsIt()
    {
        var customer = await CustomerAsync();
        var contacts = $"/api/v1/customers/{customer}/contacts";
        var created = await Admin.PostAsJsonAsync(contacts, Contact("Al Ng"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        await RoundTripAsync($"{contacts}/{id}", contacts, "priority", JsonValue.Create(7), item => item["id"]!.GetValue<int>() == id);
    }

    [Fact]
    public async Task AnEquipmentRowIsPutBackAsTheListShowsIt()
    {
        var customer = await CustomerAsync();
        var equipment = $"/api/v1/customers/{customer}/equipment";
        var created = await Admin.PostAsJsonAsync(equipment, new { equipmentItemId = PanelPiece, zone = "Hall", zoneNumber = 1 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        await RoundTripAsync($"{equipment}/{id}", equipment, "description", JsonValue.Create("Something else"), item => item["id"]!.GetValue<int>() == id);
    }

    [Fact]
    public async Task AMemberNoRepresentationHasIsStillRefused()
    {
        var customer = await CustomerAsync();
        var path = $"/api/v1/customers/{customer}";

        var problem = await ChangedAsync(path, path, "shoeSize", JsonValue.Create(44));

        Assert.Equal(["This field is not part of this request."], Reasons(problem, "shoeSize"));
    }

    /// <summary>GET → PUT the same body → 200; then the same with <paramref name="member"/> changed → 400 naming it, and nothing changes.</summary>
    private async Task RoundTripAsync(string path, string readPath, string member, JsonNode changed, Func<JsonNode, bool>? pick = null)
    {
        var (body, etag) = await ReadAsync(readPath, pick);
        var same = await SendAsync(Admin, HttpMethod.Put, path, etag, body);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);

        var problem = await ChangedAsync(path, readPath, member, changed, pick);
        Assert.Equal([ReadOnly], Reasons(problem, member));
    }

    private async Task<JsonElement> ChangedAsync(string path, string readPath, string member, JsonNode changed, Func<JsonNode, bool>? pick = null)
    {
        var (body, etag) = await ReadAsync(readPath, pick);
        body[member] = changed;
        var response = await SendAsync(Admin, HttpMethod.Put, path, etag, body);
        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal([member], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(etag, (await ReadAsync(readPath, pick)).ETag);
        return errors;
    }

    // A record read on its own carries its ETag in the header; rows of a list carry theirs as eTag.
    private async Task<(JsonObject Body, string ETag)> ReadAsync(string readPath, Func<JsonNode, bool>? pick)
    {
        var response = await Admin.GetAsync(readPath);
        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (pick is null)
        {
            return (node.AsObject(), response.Headers.ETag!.Tag);
        }

        var item = node.AsArray().Single(i => pick(i!))!.AsObject();
        return (item, item["eTag"]!.GetValue<string>());
    }

    private static object Contact(string name) =>
        new { type = "emergency", name, relationship = "neighbour", phones = new[] { new { kind = "home", number = "303-555-0100" } } };

    private static IEnumerable<string> Reasons(JsonElement errors, string field) => errors.GetProperty(field).EnumerateArray().Select(r => r.GetString()!);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;
using static SecurityTrax.Gateway.Tests.InvoicesApiTests;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CustomerEquipmentApiTests(GatewayFixture fixture) : BillingSession(fixture)
{
    [Fact]
    public async Task EquipmentIsAddedOneByOneOrAsAPackageEditedAndRemoved()
    {
        var customer = await CustomerAsync();

        var one = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/equipment", new { equipmentItemId = PanelPiece, zone = "Hall", zoneNumber = 1 });
        var package = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/equipment/packages", new { packageId = StarterPackage });
        var row = await one.Content.ReadFromJsonAsync<JsonElement>();
        var rowId = row.GetProperty("id").GetInt32();
        var edited = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/customers/{customer}/equipment/{rowId}", one.Headers.ETag!.Tag,
            new { equipmentItemId = PanelPiece, zone = "Kitchen", zoneNumber = 2, paid = true });
        var removed = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/customers/{customer}/equipment/{rowId}", edited.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.Created, one.StatusCode);
        Assert.Equal((HttpStatusCode.Created, $"/api/v1/customers/{customer}/equipment"), (package.StatusCode, package.Headers.Location?.OriginalString));
        Assert.Equal(("Qolsys IQ Panel 4", 1, false, false), (S(row, "description"), row.GetProperty("quantity").GetInt32(), row.GetProperty("paid").GetBoolean(), row.GetProperty("onInvoice").GetBoolean()));
        Assert.Equal([("Qolsys IQ Panel 4", 1), ("Honeywell 5816", 3)],
            (await package.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(r => (S(r, "description"), r.GetProperty("quantity").GetInt32())));
        var editedBody = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Kitchen", 2, true), (S(editedBody, "zone"), editedBody.GetProperty("zoneNumber").GetInt32(), editedBody.GetProperty("paid").GetBoolean()));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(2, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/equipment")).GetArrayLength());
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=equipment&action=updated");
        Assert.Equal(["paid", "zone", "zoneNumber"], history.GetProperty("items").EnumerateArray().Select(i => S(i, "field")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task BadEquipmentInputNamesTheField()
    {
        var customer = await CustomerAsync();

        var unknown = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/equipment", new { equipmentItemId = 999, quantity = 0, soldByUserId = 999999 });
        var package = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/equipment/packages", new { packageId = 999 });

        Assert.Equal(["equipmentItemId", "quantity", "soldByUserId"], Fields(await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["packageId"], Fields(await Problems.AssertAsync(package, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/equipment")).GetArrayLength());
    }

    [Fact]
    public async Task InvoicedEquipmentComesOverOnceTheLeadIsACustomerAndOnlyOnce()
    {
        var lead = await CustomerAsync("lead");
        var (invoice, _, _) = await InvoiceAsync(lead, new
        {
            lines = new object[] { new { itemId = PanelItem, quantity = 1 }, new { itemId = ContactItem, quantity = 2 }, new { itemId = LabourItem, quantity = 1 } },
        });
        await SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/add-activation-fee", $"/api/v1/invoices/{invoice}");

        var early = await Admin.PostAsync($"/api/v1/customers/{lead}/equipment/from-invoices", null);
        var convert = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/customers/{lead}/convert", await ETagAsync(Admin, $"/api/v1/customers/{lead}"));
        var first = await Admin.PostAsync($"/api/v1/customers/{lead}/equipment/from-invoices", null);
        var second = await Admin.PostAsync($"/api/v1/customers/{lead}/equipment/from-invoices", null);

        await Problems.AssertAsync(early, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Equal(HttpStatusCode.OK, convert.StatusCode);
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        var secondBody = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal([("Alarm panel", invoice), ("Door contact", invoice)],
            firstBody.GetProperty("added").EnumerateArray().Select(r => (S(r, "description"), r.GetProperty("fromInvoiceId").GetInt64())));
        Assert.Equal(JsonValueKind.Null, firstBody.GetProperty("reason").ValueKind);
        // The second press has the same shape: nothing added, and why.
        Assert.Equal(0, secondBody.GetProperty("added").GetArrayLength());
        Assert.Equal(
            "Nothing to add: every equipment line on this customer's invoices was brought over already, or there is none.",
            S(secondBody, "reason"));
        Assert.Equal(2, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{lead}/equipment")).GetArrayLength());
    }
}

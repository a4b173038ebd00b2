using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class EquipmentTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task APieceAPackageAndInvoicedEquipmentAreAddedAndListedWithTheirZones()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var (panelItem, panel) = await RecordSeeds.AddQolsysPanelAsync(api);
        var (_, contact) = await RecordSeeds.AddEquipmentModelAsync(api, "DSC", "Door contact", 29.00m);
        var (_, motion) = await RecordSeeds.AddEquipmentModelAsync(api, "DSC", "Motion sensor", 49.00m);
        var package = await RecordSeeds.PostForIdAsync(api, "/api/v1/catalog/packages",
            new { name = "Starter kit", pieces = new[] { new { equipmentItemId = contact, quantity = 2 }, new { equipmentItemId = motion, quantity = 1 } } });
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Emil", "Equipment");
        await RecordSeeds.PostForIdAsync(api, $"/api/v1/customers/{id}/invoices", new { lines = new[] { new { itemId = panelItem, quantity = 1 } } });
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/equipment");
        await Expect(page.GetByText("No equipment yet.")).ToBeVisibleAsync();

        // A refused piece is named next to its field and nothing is added.
        await page.GetByLabel("Equipment model").SelectOptionAsync(panel.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Quantity").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add piece" }).ClickAsync();
        await Expect(page.Locator("[data-field='quantity']")).ToHaveTextAsync("From 1 to 999.");
        Assert.Empty(await ListAsync(api, id));

        await page.GetByLabel("Quantity").FillAsync("1");
        await page.GetByLabel("Zone number").FillAsync("1");
        await page.GetByLabel("Zone name").FillAsync("Hallway");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add piece" }).ClickAsync();
        await Expect(page.Locator("table.equipment tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("table.equipment tbody tr").First.Locator("td[data-label]")).ToHaveTextAsync(["Qolsys IQ Panel 4", "1", "1 · Hallway", "unpaid", "—"]);

        await page.GetByLabel("Package", new() { Exact = true }).SelectOptionAsync(package.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add package" }).ClickAsync();
        await Expect(page.Locator("table.equipment tbody tr")).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add Invoiced Equipment" }).ClickAsync();
        await Expect(page.Locator("#invoiced-outcome")).ToHaveTextAsync("Added 1 piece from the invoices.");
        await Expect(page.Locator("table.equipment tbody tr")).ToHaveCountAsync(4);
        await Screens.SaveAsync(page, "record-equipment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Invoiced Equipment" }).ClickAsync();
        await Expect(page.Locator("#invoiced-outcome")).ToHaveTextAsync(
            "Nothing to add: every equipment line on this customer's invoices was brought over already, or there is none.");

        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "phone-equipment");

        var stored = await ListAsync(api, id);
        Assert.Equal(["Qolsys IQ Panel 4", "DSC Door contact", "DSC Motion sensor", "Qolsys IQ Panel 4"], stored.Select(r => r.GetProperty("description").GetString()));
        Assert.Equal([1, 2, 1, 1], stored.Select(r => r.GetProperty("quantity").GetInt32()));
        Assert.Equal("Hallway", stored[0].GetProperty("zone").GetString());
        Assert.Equal(1, stored[0].GetProperty("zoneNumber").GetInt32());
        Assert.Equal(package, stored[1].GetProperty("packageId").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, stored[3].GetProperty("fromInvoiceId").ValueKind);
    }

    private static async Task<JsonElement[]> ListAsync(HttpClient api, long customer) =>
        [.. (await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/equipment")).EnumerateArray()];
}

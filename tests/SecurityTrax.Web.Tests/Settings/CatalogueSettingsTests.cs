using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>Settings: note types, and the catalogue's items, equipment, packages and tax rates (each added, then edited with If-Match).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CatalogueSettingsTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task EachKindOfTheCatalogueIsAddedAndThenEdited()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/catalog/items");

        // Billable item: the API's refusal of a missing price lands next to the price, then the item is added and repriced.
        await page.GetByLabel("Item name").FillAsync("Glass break sensor");
        await page.GetByLabel("Kind").SelectOptionAsync("equipment");
        await page.GetByLabel("Taxable").CheckAsync();
        await Add(page, "item");
        await Expect(page.Locator("[data-field=unitPrice]")).ToBeVisibleAsync();
        await page.GetByLabel("Unit price ($)").FillAsync("45.50");
        await Add(page, "item");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(new Regex(@"^Item \d+ saved\.$"));
        var item = await EntryAsync(api, "items", "name", "Glass break sensor");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Item {item.GetProperty("id").GetInt32()} saved.");
        await Edit(page, "Glass break sensor");
        await page.GetByLabel("Unit price ($)").FillAsync("49");
        await Save(page, "item");
        await Expect(page.Locator("td[data-label=Price]").Last).ToHaveTextAsync("49.00");
        item = await EntryAsync(api, "items", "name", "Glass break sensor");
        Assert.Equal((49.00m, true, "equipment"), (item.GetProperty("unitPrice").GetDecimal(), item.GetProperty("taxable").GetBoolean(), item.GetProperty("kind").GetString()));

        await Kind(page, "Equipment");
        await page.GetByLabel("Make").FillAsync("Honeywell");
        await page.GetByLabel("Model").FillAsync("5853");
        await page.GetByLabel("Billed as item").SelectOptionAsync(new SelectOptionValue { Label = "Glass break sensor" });
        await Add(page, "equipment");
        await Edit(page, "Honeywell 5853");
        await page.GetByLabel("Model").FillAsync("FG-1625");
        await Save(page, "equipment");
        await Expect(page.Locator("td[data-label=Model]")).ToHaveTextAsync("FG-1625");
        var equipment = await EntryAsync(api, "equipment", "make", "Honeywell");
        Assert.Equal(("FG-1625", item.GetProperty("id").GetInt32()), (equipment.GetProperty("model").GetString(), equipment.GetProperty("billableItemId").GetInt32()));

        await Kind(page, "Packages");
        await page.GetByLabel("Package name").FillAsync("Starter");
        await page.GetByLabel("Piece 1 equipment").SelectOptionAsync(new SelectOptionValue { Label = "Honeywell FG-1625" });
        await page.GetByLabel("Piece 1 quantity").FillAsync("2");
        await Add(page, "package");
        await Edit(page, "Starter");
        await page.GetByLabel("Piece 1 quantity").FillAsync("3");
        await Save(page, "package");
        await Expect(page.Locator("td[data-label=Pieces]")).ToHaveTextAsync("3 × Honeywell FG-1625");
        var piece = (await EntryAsync(api, "packages", "name", "Starter")).GetProperty("pieces")[0];
        Assert.Equal((equipment.GetProperty("id").GetInt32(), 3), (piece.GetProperty("equipmentItemId").GetInt32(), piece.GetProperty("quantity").GetInt32()));

        await Kind(page, "Tax rates");
        await page.GetByLabel("State").FillAsync("CO");
        await page.GetByLabel("Rate (%)").FillAsync("2.9");
        await Add(page, "rate");
        await Edit(page, "CO");
        await Expect(page.GetByLabel("State")).ToBeDisabledAsync();
        await page.GetByLabel("Rate (%)").FillAsync("4.125");
        await Save(page, "rate");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The rate of CO is saved.");
        await Screens.SaveAsync(page, "settings-catalogue-tax-rates");
        Assert.Equal(4.125m, (await EntryAsync(api, "taxRates", "state", "CO")).GetProperty("rate").GetDecimal());
    }

    [Fact]
    public async Task ANoteTypeIsAddedToTheCompanysList()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/note-types");
        var before = SettingsSteps.Strings(await SettingsSteps.GetJsonAsync(api, "/api/v1/note-types"));
        await Expect(page.Locator("ul.chips li")).ToHaveCountAsync(before.Length);

        await page.GetByLabel("New note type").FillAsync("Site survey");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note type" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Note type Site survey added.");
        await Expect(page.Locator("ul.chips li")).ToHaveCountAsync(before.Length + 1);
        await Screens.SaveAsync(page, "settings-note-types");
        var after = SettingsSteps.Strings(await SettingsSteps.GetJsonAsync(api, "/api/v1/note-types"));
        Assert.Equal([.. before, "Site survey"], after);
    }

    private static Task Add(IPage page, string noun) => page.GetByRole(AriaRole.Button, new() { Name = $"Add {noun}", Exact = true }).ClickAsync();

    private static async Task Save(IPage page, string noun)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save {noun}", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Add {noun}", Exact = true })).ToBeVisibleAsync();
    }

    private static async Task Edit(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeVisibleAsync();
    }

    private static async Task Kind(IPage page, string label)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Catalogue" }).GetByRole(AriaRole.Link, new() { Name = label }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = label })).ToBeVisibleAsync();
    }

    private static async Task<JsonElement> EntryAsync(HttpClient api, string kind, string member, string value) =>
        (await SettingsSteps.GetJsonAsync(api, "/api/v1/catalog")).GetProperty(kind).EnumerateArray().Single(e => e.GetProperty(member).GetString() == value);
}

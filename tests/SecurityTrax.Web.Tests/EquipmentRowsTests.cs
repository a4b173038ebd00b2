using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SecurityTrax.Web.Tests.Settings;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The Equipment tab's stored rows: edited with the row's own ETag (a 412 offers reload), removed after confirming.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EquipmentRowsTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ARowIsEditedAfterAChangeMadeMeanwhileAndAnotherIsRemovedAfterConfirming()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var seller = (await SettingsSteps.GetJsonAsync(api, "/api/v1/me")).GetProperty("userId").GetInt64();
        var (_, contact) = await RecordSeeds.AddEquipmentModelAsync(api, "DSC", "Door contact", 29.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Rowan", "Rows");
        // A panel billed on an invoice by its Add Unpaid Equipment button: the API refuses to remove it.
        var (panelItem, panel) = await RecordSeeds.AddEquipmentModelAsync(api, "Qolsys", "IQ Panel 4", 249.00m);
        var billed = await RecordSeeds.PostForIdAsync(api, $"/api/v1/customers/{id}/equipment", new { equipmentItemId = panel });
        var invoice = await RecordSeeds.CreateInvoiceAsync(api, id, panelItem);
        await ETagSteps.WriteAsync(api, HttpMethod.Post, $"/api/v1/invoices/{invoice}", null, $"/api/v1/invoices/{invoice}/add-unpaid-equipment");
        var kept = await RecordSeeds.PostForIdAsync(api, $"/api/v1/customers/{id}/equipment",
            new { equipmentItemId = contact, quantity = 1, zone = "Hallway", zoneNumber = 1, soldByUserId = seller });
        var removed = await RecordSeeds.PostForIdAsync(api, $"/api/v1/customers/{id}/equipment", new { equipmentItemId = contact, quantity = 2 });
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/equipment");
        await Expect(page.Locator("table.equipment tbody tr")).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit DSC Door contact (row {kept})" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Edit DSC Door contact" });
        await Expect(form.GetByLabel("Zone name")).ToHaveValueAsync("Hallway");
        await form.GetByLabel("Zone name").FillAsync("Back door");
        await form.GetByLabel("Zone number").FillAsync("0");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save equipment" }).ClickAsync();
        await Expect(form.Locator("[data-field='edit.zoneNumber']")).ToHaveTextAsync("From 1 to 999.");
        await Expect(form.GetByLabel("Zone number")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal("Hallway", (await RowAsync(api, id, kept)).GetProperty("zone").GetString());

        // Someone else moves the row's version after the form was filled.
        await PutRowAsync(api, id, kept, new { equipmentItemId = contact, quantity = 1, zone = "Front door", zoneNumber = 2, soldByUserId = seller });
        await form.GetByLabel("Zone number").FillAsync("4");
        await form.GetByLabel("Paid").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Save equipment" }).ClickAsync();
        await Expect(form.GetByText("Someone else changed this equipment after you opened it. What you typed is still here.")).ToBeVisibleAsync();
        await Expect(form.GetByLabel("Zone name")).ToHaveValueAsync("Back door");
        await Screens.SaveAsync(page, "record-equipment-stale");
        await form.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Expect(form.GetByLabel("Zone number")).ToHaveValueAsync("4");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save equipment" }).ClickAsync();
        await Expect(page.Locator("#equipment-saved")).ToHaveTextAsync("Saved DSC Door contact.");
        await Expect(page.Locator($"tr[data-equipment-id='{kept}'] td[data-label=Zone]")).ToHaveTextAsync("4 · Back door");
        var saved = await RowAsync(api, id, kept);
        Assert.Equal(("Back door", 4, true, 1, seller),
            (saved.GetProperty("zone").GetString(), saved.GetProperty("zoneNumber").GetInt32(), saved.GetProperty("paid").GetBoolean(),
             saved.GetProperty("quantity").GetInt32(), saved.GetProperty("soldByUserId").GetInt64()));

        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove Qolsys IQ Panel 4 (row {billed})" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Confirm removing Qolsys IQ Panel 4 (row {billed})" }).ClickAsync();
        await Expect(page.Locator($"tr[data-equipment-id='{billed}']").GetByRole(AriaRole.Alert))
            .ToContainTextAsync($"This equipment is billed on invoice {invoice}; remove it from the invoice first.");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove DSC Door contact (row {removed})" }).ClickAsync();
        await Expect(page.Locator("table.equipment tbody tr")).ToHaveCountAsync(3);
        await Screens.SaveAsync(page, "record-equipment-remove");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Confirm removing DSC Door contact (row {removed})" }).ClickAsync();
        await Expect(page.Locator("table.equipment tbody tr")).ToHaveCountAsync(2);
        Assert.Equal([billed, kept], (await ListAsync(api, id)).Select(r => r.GetProperty("id").GetInt32()));

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit DSC Door contact (row {kept})" }).ClickAsync();
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "phone-equipment-edit");
    }

    private static async Task<JsonElement[]> ListAsync(HttpClient api, long customer) =>
        [.. (await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/equipment")).EnumerateArray()];

    private static async Task<JsonElement> RowAsync(HttpClient api, long customer, int row) =>
        (await ListAsync(api, customer)).Single(r => r.GetProperty("id").GetInt32() == row);

    private static async Task PutRowAsync(HttpClient api, long customer, int row, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{customer}/equipment/{row}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", (await RowAsync(api, customer, row)).GetProperty("eTag").GetString());
        using var response = await api.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}

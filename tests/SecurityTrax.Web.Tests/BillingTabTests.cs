using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The Billing tab: a card collected by the sandbox's own test form (no number typed), listed as the default.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class BillingTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ASandboxCardAddedInTheBrowserIsListedAsTheDefault()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Bill", "Ingham");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/billing");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("No billing methods yet.");

        var sent = new List<string>();
        page.Request += (_, request) => sent.Add(request.PostData ?? "");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add card" }).ClickAsync();
        await page.GetByLabel("Test card").SelectOptionAsync("pm_card_mastercard");
        await page.GetByLabel("Label (optional)").FillAsync("Office card");
        await page.GetByLabel("Make this the default billing method").CheckAsync();
        await Screens.SaveAsync(page, "record-billing-sandbox-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save card" }).ClickAsync();

        var row = page.Locator("table.billing-methods tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td[data-label='Method']")).ToContainTextAsync("4444");
        await Expect(row.Locator("td[data-label='Label']")).ToHaveTextAsync("Office card");
        await Expect(row.Locator("td[data-label='Default']")).ToHaveTextAsync("default");
        await Screens.SaveAsync(page, "record-billing");
        var stored = Assert.Single((await MoneySteps.GetAsync(api, $"/api/v1/customers/{id}/billing-methods")).EnumerateArray());
        Assert.Equal(("card", "4444", true, "sandbox"), (stored.GetProperty("kind").GetString(), stored.GetProperty("last4").GetString(), stored.GetProperty("isDefault").GetBoolean(), stored.GetProperty("processor").GetString()));
        // The console handed the API the processor's token; no card number left the browser.
        Assert.Contains(sent, body => body.Contains("\"token\":\"pm_card_mastercard\"", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, body => body.Contains("5555555555554444", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherMethodMadeDefaultAndTheOldOneRemovedAfterConfirming()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Dee", "Fault");
        var visa = await MoneySteps.AddSandboxCardAsync(api, id, "pm_card_visa");
        var amex = await MoneySteps.AddSandboxCardAsync(api, id, "pm_card_amex");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/billing");

        var visaRow = page.Locator($"tr[data-method-id='{visa}']");
        await visaRow.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Make .* the default$") }).ClickAsync();
        await Expect(visaRow.Locator("td[data-label='Default']")).ToHaveTextAsync("default");
        var amexRow = page.Locator($"tr[data-method-id='{amex}']");
        await amexRow.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Remove ") }).ClickAsync();
        await Expect(page.Locator("table.billing-methods tbody tr")).ToHaveCountAsync(2);
        await amexRow.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Confirm removing ") }).ClickAsync();

        await Expect(page.Locator("table.billing-methods tbody tr")).ToHaveCountAsync(1);
        var stored = Assert.Single((await MoneySteps.GetAsync(api, $"/api/v1/customers/{id}/billing-methods")).EnumerateArray());
        Assert.Equal((visa, true), (stored.GetProperty("id").GetInt64(), stored.GetProperty("isDefault").GetBoolean()));
    }
}

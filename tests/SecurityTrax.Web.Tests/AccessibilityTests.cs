using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>WCAG 2 A and AA rules (labels, names, contrast, …) checked by axe on each main screen, and a keyboard-only sign-in.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AccessibilityTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheMainScreensPassTheWcagAaRules()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Ada", "Access", stage: "lead");
        var page = await chromium.NewPageAsync(system.BaseAddress);
        await page.AddInitScriptAsync("window.print = () => {};");
        await page.GotoAsync("/sign-in");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        var violations = new List<string>();
        await CheckAsync(page, "sign-in", violations);

        await ConsoleSteps.FillSignInAsync(page, tenant, "admin", ConsoleSystem.AdminPassword);
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(1);
        await CheckAsync(page, "customers", violations);
        foreach (var tab in new[] { "profile", "history", "tags", "contacts", "invoices", "invoices/new", "billing", "payments", "recurring", "equipment", "messages" })
        {
            await page.GotoAsync($"/customers/{id}/{tab}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ada Access" })).ToBeVisibleAsync();
            // Tabs that load after the record are checked once their content is there.
            var content = tab switch
            {
                "history" => page.Locator("table.history"), "invoices/new" => page.GetByLabel("Row 1 item"),
                "billing" => page.Locator("table.billing-methods"), "payments" => page.Locator("table.payments"), "recurring" => page.Locator("table.recurring"),
                "equipment" => page.GetByLabel("Equipment model"), "messages" => page.GetByLabel("Template"), _ => null,
            };
            if (content is not null)
            {
                await Expect(content).ToBeVisibleAsync();
            }

            await CheckAsync(page, tab.Replace('/', '-'), violations);
        }

        // The money tabs' forms open from a button; each is checked open.
        foreach (var (tab, button, field) in new[] { ("billing", "Add card", "Test card"), ("payments", "New payment", "Amount ($)"), ("recurring", "New recurring invoice", "Row 1 item") })
        {
            await page.GotoAsync($"/customers/{id}/{tab}");
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Expect(page.GetByLabel(field)).ToBeVisibleAsync();
            await CheckAsync(page, tab + "-form", violations);
        }

        var invoice = await RecordSeeds.CreateInvoiceAsync(api, id, await RecordSeeds.AddItemAsync(api, "Alarm panel", 199.00m));
        await page.GotoAsync($"/invoices/{invoice}/print");
        await Expect(page.Locator("tr.print-row")).ToHaveCountAsync(1);
        await CheckAsync(page, "invoice-print", violations);

        // Notes & Tickets, My tickets, the ticket queue and the open inbox panel, once their content has loaded.
        await page.GotoAsync($"/customers/{id}/notes");
        await Expect(page.GetByText("No notes yet.")).ToBeVisibleAsync();
        await CheckAsync(page, "notes", violations);
        foreach (var screen in new[] { "tickets/mine", "tickets" })
        {
            await page.GotoAsync("/" + screen);
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await CheckAsync(page, screen.Replace('/', '-'), violations);
        }

        await page.Locator(".bell > button").ClickAsync();
        await Expect(page.Locator("#inbox-panel")).ToBeVisibleAsync();
        await CheckAsync(page, "inbox", violations);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task SigningInAndSearchingNeedOnlyTheKeyboard()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        await ConsoleSteps.CreateCustomerAsync(api, "Keyes", "Board");
        var page = await chromium.NewPageAsync(system.BaseAddress);
        await page.GotoAsync("/sign-in");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        // Skip link, brand link, then the form's fields in reading order.
        await TabUntilAsync(page, "tenant");
        await page.Keyboard.TypeAsync(tenant);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("admin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(ConsoleSystem.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customers" })).ToBeVisibleAsync();
        await TabUntilAsync(page, "search");
        await page.Keyboard.TypeAsync("keyes");
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(1);
        await TabUntilAsync(page, null, "Keyes Board");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Keyes Board" })).ToBeVisibleAsync();
    }

    private static async Task CheckAsync(IPage page, string screen, List<string> violations)
    {
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        violations.AddRange(results.Violations.Select(v =>
            $"{screen}: {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Html))}"));
    }

    // Presses Tab until the element with this id (or the link with this text) has the focus; at most 40 times.
    private static async Task TabUntilAsync(IPage page, string? id, string? linkText = null)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("[document.activeElement.id, document.activeElement.textContent.trim()]");
            if ((id is not null && focused[0] == id) || (linkText is not null && focused[1] == linkText))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {id ?? linkText}.");
    }

    [Fact]
    public async Task TheSettingsScreensPassTheWcagAaRules()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var me = await Settings.SettingsSteps.GetJsonAsync(api, "/api/v1/me");
        var page = await chromium.NewPageAsync(system.BaseAddress);
        await ConsoleSteps.SignInAtAsync(page, tenant, "/settings");
        var violations = new List<string>();
        var screens = new (string Path, string Heading)[]
        {
            ("settings", "Settings"), ("settings/users", "Users"), ($"settings/users/{me.GetProperty("userId")}", "User admin"),
            ("settings/roles", "Roles and grants"), ("settings/roles/Office", "Role Office"), ("settings/note-types", "Note types"),
            ("settings/catalog/items", "Catalogue"), ("settings/catalog/equipment", "Catalogue"), ("settings/catalog/packages", "Catalogue"),
            ("settings/catalog/tax-rates", "Catalogue"), ("settings/templates", "Message templates"), ("settings/templates/new", "New template"),
            ("settings/campaigns", "Campaigns"), ("settings/company", "Company"), ("settings/integrations", "Integrations"),
        };
        foreach (var (path, heading) in screens)
        {
            await page.GotoAsync("/" + path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 })).ToBeVisibleAsync();
            // Each screen reads the API after its heading shows; its form or list is checked once it is there.
            await Expect(page.Locator("main form, main table, main nav.settings-nav a").First).ToBeVisibleAsync();
            await CheckAsync(page, path.Replace('/', '-'), violations);
        }

        Assert.Empty(violations);
    }
}

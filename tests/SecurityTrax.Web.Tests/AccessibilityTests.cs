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
        var page = await chromium.OpenPageAsync(system.BaseAddress);
        await page.AddInitScriptAsync("window.print = () => {};");
        await page.GotoAsync("/sign-in");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        var violations = new List<string>();
        await CheckAsync(page, "sign-in", violations);

        await ConsoleSteps.FillSignInAsync(page, tenant, "admin", ConsoleSystem.AdminPassword);
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(1);
        await CheckAsync(page, "customers", violations);
        foreach (var tab in new[] { "profile", "history", "tags", "contacts", "invoices", "invoices/new", "billing", "payments", "recurring", "equipment", "messages", "scheduler", "files", "credit" })
        {
            await ConsoleSteps.GoWithinAsync(page, $"/customers/{id}/{tab}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ada Access" })).ToBeVisibleAsync();
            // Tabs that load after the record are checked once their content is there.
            var content = tab switch
            {
                "history" => page.Locator("table.history"), "invoices/new" => page.GetByLabel("Row 1 item"),
                "billing" => page.Locator("table.billing-methods"), "payments" => page.Locator("table.payments"), "recurring" => page.Locator("table.recurring"),
                "equipment" => page.GetByLabel("Equipment model"), "messages" => page.GetByLabel("Template"),
                "scheduler" => page.GetByText("No appointments."), "files" => page.GetByText("No files yet."),
                "credit" => page.GetByText("No credit reports yet."), _ => null,
            };
            if (content is not null)
            {
                await Expect(content).ToBeVisibleAsync();
            }

            await CheckAsync(page, tab.Replace('/', '-'), violations);
        }

        // The money tabs' forms open from a button; each is checked open.
        foreach (var (tab, button, field) in new[] { ("billing", "Add card", "Test card"), ("payments", "New payment", "Amount ($)"), ("recurring", "New recurring invoice", "Row 1 item"), ("scheduler", "New appointment", "Day"), ("credit", "Run credit", "Signed") })
        {
            await ConsoleSteps.GoWithinAsync(page, $"/customers/{id}/{tab}");
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Expect(page.GetByLabel(field)).ToBeVisibleAsync();
            await CheckAsync(page, tab + "-form", violations);
        }

        var invoice = await RecordSeeds.CreateInvoiceAsync(api, id, await RecordSeeds.AddItemAsync(api, "Alarm panel", 199.00m));
        await ConsoleSteps.GoWithinAsync(page, $"/invoices/{invoice}/print");
        await Expect(page.Locator("tr.print-row")).ToHaveCountAsync(1);
        await CheckAsync(page, "invoice-print", violations);

        // A payment's page with its Void form open and an application's take-off waiting for confirmation.
        var cash = (await MoneySteps.PostMoneyAsync(api, $"/api/v1/invoices/{invoice}/pay", new { amount = 50.00m, manualKind = "cash" })).GetProperty("id").GetInt64();
        await ConsoleSteps.GoWithinAsync(page, $"/customers/{id}/payments/{cash}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Void payment" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Take payment off invoice {invoice}" }).ClickAsync();
        await Expect(page.GetByLabel("Reason for voiding")).ToBeVisibleAsync();
        await CheckAsync(page, "payment-void", violations);

        // Notes & Tickets, My tickets, the ticket queue and the open inbox panel, once their content has loaded.
        await ConsoleSteps.GoWithinAsync(page, $"/customers/{id}/notes");
        await Expect(page.GetByText("No notes yet.")).ToBeVisibleAsync();
        await CheckAsync(page, "notes", violations);
        // An opened ticket (its comments and comment form), the note editor, and making a plain note a ticket.
        var ticket = await TicketSteps.OpenTicketAsync(api, id, "Siren weak", await TicketSteps.CreateUserAsync(api, "tess", "Tess Tech"));
        await NoteSteps.CommentAsync(api, ticket, "Ordered a new siren.");
        await page.GotoAsync($"/customers/{id}/notes");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Open note {ticket}" }).ClickAsync();
        await Expect(page.Locator(".comment-list li")).ToHaveCountAsync(1);
        await CheckAsync(page, "note-ticket-comments", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit note" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save note" })).ToBeVisibleAsync();
        await CheckAsync(page, "note-edit", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make it a note again" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make it a ticket" }).ClickAsync();
        await Expect(page.GetByLabel("Assign to")).ToBeVisibleAsync();
        await CheckAsync(page, "note-make-ticket", violations);
        foreach (var screen in new[] { "tickets/mine", "tickets" })
        {
            await ConsoleSteps.GoWithinAsync(page, "/" + screen);
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await CheckAsync(page, screen.Replace('/', '-'), violations);
        }

        await page.Locator(".bell > button").ClickAsync();
        await Expect(page.Locator("#inbox-panel")).ToBeVisibleAsync();
        await CheckAsync(page, "inbox", violations);

        // The Equipment tab's row editor and a row's remove confirmation, both open.
        var (_, model) = await RecordSeeds.AddEquipmentModelAsync(api, "DSC", "Door contact", 29.00m);
        var row = await RecordSeeds.PostForIdAsync(api, $"/api/v1/customers/{id}/equipment", new { equipmentItemId = model });
        await ConsoleSteps.GoWithinAsync(page, $"/customers/{id}/equipment");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit DSC Door contact (row {row})" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove DSC Door contact (row {row})" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Edit DSC Door contact" })).ToBeVisibleAsync();
        await CheckAsync(page, "equipment-edit", violations);

        // The schedule board with a block and its Move form open, and a booking's clashes with the book-anyway reason.
        // The inbox panel opened above would lie over the forms: it is closed first.
        await page.Locator(".bell > button").ClickAsync();
        await Expect(page.Locator("#inbox-panel")).ToHaveCountAsync(0);
        var axel = await ScheduleSteps.TechnicianAsync(api, "axel", "Axel Tech");
        var booked = await ConsoleSteps.CreateCustomerAsync(api, "Bo", "Board");
        var day = ScheduleSteps.Wednesday();
        var visit = await ScheduleSteps.BookAsync(api, booked, axel, ScheduleSteps.Local(day, 9));
        await ScheduleSteps.BookUnassignedAsync(api, booked, ScheduleSteps.Local(day, 13));
        await ConsoleSteps.GoWithinAsync(page, $"/schedule?date={ScheduleSteps.Text(day)}");
        // One block on Axel's row, one on the Unassigned strip.
        await Expect(page.Locator(".board-block")).ToHaveCountAsync(2);
        await CheckAsync(page, "schedule-board", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Move appointment {visit}" }).ClickAsync();
        await Expect(page.GetByLabel("Start time")).ToHaveValueAsync("09:00");
        await CheckAsync(page, "schedule-move", violations);
        await ConsoleSteps.GoWithinAsync(page, $"/customers/{booked}/scheduler");
        await page.GetByRole(AriaRole.Button, new() { Name = "New appointment" }).ClickAsync();
        await page.GetByLabel("Day").FillAsync(ScheduleSteps.Text(day));
        await page.GetByLabel("Start time").FillAsync("09:00");
        await page.GetByLabel("Axel Tech").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        await Expect(page.GetByLabel("Reason for booking anyway")).ToBeVisibleAsync();
        await CheckAsync(page, "scheduler-clash", violations);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task SigningInAndSearchingNeedOnlyTheKeyboard()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        await ConsoleSteps.CreateCustomerAsync(api, "Keyes", "Board");
        var page = await chromium.OpenPageAsync(system.BaseAddress);
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
        // Only violations are gathered node by node: collecting every passing node of every rule cost more than the checks.
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] }, ResultTypes = [ResultType.Violations] });
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
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings");
        var violations = new List<string>();
        var screens = new (string Path, string Heading)[]
        {
            ("settings", "Settings"), ("settings/users", "Users"), ($"settings/users/{me.GetProperty("userId")}", "User admin"),
            ("settings/roles", "Roles and grants"), ("settings/roles/Office", "Role Office"), ("settings/note-types", "Note types"),
            ("settings/catalog/items", "Catalogue"), ("settings/catalog/equipment", "Catalogue"), ("settings/catalog/packages", "Catalogue"),
            ("settings/catalog/tax-rates", "Catalogue"), ("settings/templates", "Message templates"), ("settings/templates/new", "New template"),
            ("settings/campaigns", "Campaigns"), ("settings/company", "Company"), ("settings/files", "Files"),
            ("settings/integrations", "Integrations"),
        };
        foreach (var (path, heading) in screens)
        {
            await ConsoleSteps.GoWithinAsync(page, "/" + path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 })).ToBeVisibleAsync();
            // Each screen reads the API after its heading shows; its form or list is checked once it is there.
            await Expect(page.Locator("main form, main table, main nav.settings-nav a").First).ToBeVisibleAsync();
            await CheckAsync(page, path.Replace('/', '-'), violations);
        }

        // A role's and a provider's removal confirmations, open.
        await Settings.SettingsSteps.PostJsonAsync(api, "/api/v1/roles", new { name = "Axe", grants = new[] { "customers.view" } });
        await Settings.ETagSteps.WriteAsync(api, HttpMethod.Put, "/api/v1/settings/integrations", new { host = "smtp.example.test", from = "office@example.test" }, "/api/v1/settings/integrations/smtp");
        await ConsoleSteps.GoWithinAsync(page, "/settings/roles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete role Axe" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm deleting role Axe" })).ToBeVisibleAsync();
        await CheckAsync(page, "settings-roles-delete", violations);
        await ConsoleSteps.GoWithinAsync(page, "/settings/integrations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove email settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm removing email settings" })).ToBeVisibleAsync();
        await CheckAsync(page, "settings-integrations-remove", violations);

        Assert.Empty(violations);
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>Settings: roles with their grants as a checklist, and users (create, edit, lock, unlock).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class UsersAndRolesSettingsTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ARoleMadeWithTwoGrantsGivesItsNewUserOnlyTheTabsThoseGrantsAllow()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Gina", "Granted");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Settings" }).GetByRole(AriaRole.Link, new() { Name = "Roles and grants" }).ClickAsync();

        await page.GetByLabel("Role name").FillAsync("Viewer");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Customers view", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Contacts view", Exact = true }).CheckAsync();
        await Screens.SaveAsync(page, "settings-roles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create role" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Role Viewer created.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Viewer", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(["contacts.view", "customers.view"], SettingsSteps.Strings((await SettingsSteps.GetJsonAsync(api, "/api/v1/roles/Viewer")).GetProperty("grants")).Order());

        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await page.GetByLabel("User name").FillAsync("vera");
        await page.GetByLabel("Full name").FillAsync("Vera Viewer");
        await page.GetByLabel("Role").SelectOptionAsync("Viewer");
        await page.GetByLabel("First password").FillAsync("a-good-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("User vera created.");
        await Expect(page.Locator("table.list tbody tr").Filter(new() { HasText = "vera" }).Locator("td[data-label=Role]")).ToHaveTextAsync("Viewer");
        await Screens.SaveAsync(page, "settings-users");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await ConsoleSteps.SignInAtAsync(page, tenant, $"/customers/{id}", "vera", "a-good-password");
        await Expect(page.Locator("nav.tabs a")).ToHaveTextAsync(["Profile", "History", "Tags", "Contacts", "Billing"]);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Customers"]);
    }

    [Fact]
    public async Task ARolesGrantsAndAUserAreEditedAndTheUserIsLockedAndUnlocked()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        await SettingsSteps.PostJsonAsync(api, "/api/v1/roles", new { name = "Desk", grants = new[] { "customers.view" } });
        var user = await SettingsSteps.PostJsonAsync(api, "/api/v1/users", new { userName = "dora", displayName = "Dora Desk", role = "Office", password = "a-good-password" });
        var userId = user.GetProperty("id").GetInt64();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/roles/Desk");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Customers view", Exact = true }).UncheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Invoices view", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Payments process", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save grants" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        Assert.Equal(["invoices.view", "payments.process"], SettingsSteps.Strings((await SettingsSteps.GetJsonAsync(api, "/api/v1/roles/Desk")).GetProperty("grants")).Order());

        await ConsoleSteps.GoWithinAsync(page, $"/settings/users/{userId}");
        await page.GetByLabel("Full name").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save user" }).ClickAsync();
        await Expect(page.Locator("[data-field=displayName]")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Full name")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal("Dora Desk", (await SettingsSteps.GetJsonAsync(api, $"/api/v1/users/{userId}")).GetProperty("displayName").GetString());

        await page.GetByLabel("Full name").FillAsync("Dora Front Desk");
        await page.GetByLabel("Role").SelectOptionAsync("Desk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save user" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Active. Saved.");
        var saved = await SettingsSteps.GetJsonAsync(api, $"/api/v1/users/{userId}");
        Assert.Equal(("Dora Front Desk", "Desk"), (saved.GetProperty("displayName").GetString(), saved.GetProperty("role").GetString()));

        await page.GetByRole(AriaRole.Button, new() { Name = "Lock user" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Locked: this user cannot sign in. Locked.");
        Assert.True((await SettingsSteps.GetJsonAsync(api, $"/api/v1/users/{userId}")).GetProperty("disabled").GetBoolean());
        await Screens.SaveAsync(page, "settings-user");
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock user" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Active. Unlocked.");
        Assert.False((await SettingsSteps.GetJsonAsync(api, $"/api/v1/users/{userId}")).GetProperty("disabled").GetBoolean());
    }
}

using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>
/// Settings: a role changed meanwhile offers reload keeping the ticks; roles are deleted after confirming (a held one is
/// refused beside it); users are locked, never deleted; a provider's own settings are removed, and a stale save reloads.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class SettingsRemovalTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AStaleRoleSaveReloadsKeepingTheTicksAndOnlyARoleNoUserHoldsIsDeleted()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        await SettingsSteps.PostJsonAsync(api, "/api/v1/roles", new { name = "Spare", grants = new[] { "customers.view" } });
        await SettingsSteps.PostJsonAsync(api, "/api/v1/roles", new { name = "Held", grants = new[] { "customers.view" } });
        var user = await SettingsSteps.PostJsonAsync(api, "/api/v1/users", new { userName = "hank", displayName = "Hank Held", role = "Held", password = "a-good-password" });
        var userId = user.GetProperty("id").GetInt64();
        await ETagSteps.WriteAsync(api, HttpMethod.Post, $"/api/v1/users/{userId}", null, $"/api/v1/users/{userId}/disable");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/roles/Spare");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Customers view", Exact = true })).ToBeCheckedAsync();

        // Someone else gives the role another grant after the screen loaded; the save meets a 412 and keeps the ticks.
        await ETagSteps.WriteAsync(api, HttpMethod.Put, "/api/v1/roles/Spare", new { name = "Spare", grants = new[] { "customers.view", "contacts.view" } });
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Invoices view", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save grants" }).ClickAsync();
        await Expect(page.GetByText("Someone else changed this role after you opened it. Your ticks are still here.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Invoices view", Exact = true })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save grants" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        Assert.Equal(["customers.view", "invoices.view"], SettingsSteps.Strings((await SettingsSteps.GetJsonAsync(api, "/api/v1/roles/Spare")).GetProperty("grants")).Order());

        await page.GetByRole(AriaRole.Link, new() { Name = "All roles" }).ClickAsync();
        var held = page.Locator("table.list tbody tr").Filter(new() { HasText = "Held" });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete role Office" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete role Held" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm deleting role Held" }).ClickAsync();
        await Expect(held.GetByRole(AriaRole.Alert)).ToContainTextAsync("1 user(s) still have the Held role; give them another role first.");
        await Screens.SaveAsync(page, "settings-role-refused");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/roles/Held")).StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete role Spare" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm deleting role Spare" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Spare", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Held", Exact = true })).ToHaveCountAsync(1);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/roles/Spare")).StatusCode);

        // Users are never deleted: a locked one is shown as such and its page offers unlocking, not deletion.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Settings" }).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await Expect(page.Locator("table.list tbody tr").Filter(new() { HasText = "hank" }).Locator("td[data-label=Status]")).ToHaveTextAsync("Locked");
        await Expect(page.Locator("#users-kept")).ToContainTextAsync("Users are never deleted");
        await page.GetByRole(AriaRole.Link, new() { Name = "hank", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Unlock user" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AStaleProviderSaveReloadsKeepingWhatWasTypedAndARemovedProviderIsNotSetUp()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        const string Integrations = "/api/v1/settings/integrations";
        await ETagSteps.WriteAsync(api, HttpMethod.Put, Integrations, new { host = "smtp.example.test", from = "office@example.test" }, $"{Integrations}/smtp");
        await ETagSteps.WriteAsync(api, HttpMethod.Put, Integrations,
            new { accountSid = "AC" + new string('1', 32), authToken = "token-never-shown", from = "+15551230000" }, $"{Integrations}/twilio");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/integrations");
        var twilio = page.GetByRole(AriaRole.Form, new() { Name = "SMS (Twilio)" });
        await Expect(twilio.GetByLabel("Sending number")).ToHaveValueAsync("+15551230000");

        // Another admin sets Stripe after the screen loaded: the three forms share the settings' one ETag.
        await ETagSteps.WriteAsync(api, HttpMethod.Put, Integrations, new { secretKey = "sk_test_meanwhile0secret1111", publishableKey = "pk_test_meanwhile", webhookSigningSecret = "whsec_meanwhile1" }, $"{Integrations}/stripe");
        await twilio.GetByLabel("Sending number").FillAsync("+15559870000");
        await twilio.GetByRole(AriaRole.Button, new() { Name = "Save SMS settings" }).ClickAsync();
        await Expect(twilio.GetByText("Someone else changed the integrations after you opened them. What you typed is still here.")).ToBeVisibleAsync();
        await Expect(twilio.GetByLabel("Sending number")).ToHaveValueAsync("+15559870000");
        await twilio.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Card processor (Stripe)" }).Locator("p.status")).ToHaveTextAsync("The company's own account.");
        await twilio.GetByRole(AriaRole.Button, new() { Name = "Save SMS settings" }).ClickAsync();
        await Expect(twilio.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        var stored = await SettingsSteps.GetJsonAsync(api, Integrations);
        Assert.Equal(("+15559870000", "pk_test_meanwhile"),
            (stored.GetProperty("twilio").GetProperty("from").GetString(), stored.GetProperty("stripe").GetProperty("publishableKey").GetString()));

        var smtp = page.GetByRole(AriaRole.Form, new() { Name = "Email (SMTP)" });
        await smtp.GetByRole(AriaRole.Button, new() { Name = "Remove email settings" }).ClickAsync();
        await Screens.SaveAsync(page, "settings-integrations-remove");
        await smtp.GetByRole(AriaRole.Button, new() { Name = "Confirm removing email settings" }).ClickAsync();
        await Expect(smtp.GetByRole(AriaRole.Status)).ToHaveTextAsync("Removed.");
        await Expect(smtp.Locator("p.status")).ToHaveTextAsync("Not set up: the platform's account is used.");
        await Expect(smtp.GetByLabel("SMTP host")).ToHaveValueAsync("");
        await Expect(smtp.GetByRole(AriaRole.Button, new() { Name = "Remove email settings" })).ToHaveCountAsync(0);
        await Expect(twilio.GetByLabel("Sending number")).ToHaveValueAsync("+15559870000");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await SettingsSteps.GetJsonAsync(api, Integrations)).GetProperty("smtp").ValueKind);
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "phone-settings-integrations");
    }
}

using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The record shows the tabs the user's grants allow (from GET /api/v1/me), and the session renews itself.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RecordAccessTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TabsFollowTheGrantsOfTheRole()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        (await api.PostAsJsonAsync("/api/v1/roles", new { name = "Viewer", grants = new[] { "customers.view", "contacts.view" } })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/users", new { userName = "vera", displayName = "Vera", role = "Viewer", password = "a-good-password" })).EnsureSuccessStatusCode();
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Gus", "Grants");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}", "vera", "a-good-password");

        await Expect(page.Locator("nav.tabs a")).ToHaveTextAsync(["Profile", "History", "Tags", "Contacts", "Billing"]);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save profile" })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("First name")).ToBeDisabledAsync();
        await ConsoleSteps.GoWithinAsync(page, $"/customers/{id}/invoices");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Your role does not include this tab.");
    }

    [Fact]
    public async Task TheTokenIsRenewedBeforeExpiryWithoutLosingWhatIsTyped()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Rene", "Renewal");
        var page = await chromium.NewPageAsync(system.BaseAddress);
        // The page's clock is the test's: 14 minutes pass in an instant, and the console's renewal timer fires.
        await page.Clock.InstallAsync();
        await ConsoleSteps.SignInAtAsync(page, tenant, $"/customers/{id}");
        await page.GetByLabel("Last name").FillAsync("Renewed");
        await Expect(page.Locator("main")).ToHaveAttributeAsync("data-renewals", "0");
        // The jump comes while the console is idle, as after a person's typing: a request still in flight when 14
        // minutes pass in an instant would run out its own timeout, which is not what this test is about.
        await Expect(page.Locator(".bell")).ToHaveAttributeAsync("data-live", "connected");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var refresh = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/v1/auth/refresh", StringComparison.Ordinal));
        await page.Clock.FastForwardAsync("14:00");
        Assert.Equal(200, (await refresh).Status);

        await Expect(page.Locator("main")).ToHaveAttributeAsync("data-renewals", "1");
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Renewed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        Assert.Equal("Renewed", (await ConsoleSteps.GetCustomerAsync(api, id)).Customer.GetProperty("lastName").GetString());
    }
}

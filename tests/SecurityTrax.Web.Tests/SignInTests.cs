using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SignInTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task SigningInLeadsFromTheSignInPageToTheCustomers()
    {
        var tenant = await system.NewTenantAsync();
        var page = await chromium.OpenPageAsync(system.BaseAddress);

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in\\?returnUrl=%2F$"));
        await Screens.SaveAsync(page, "sign-in");
        await ConsoleSteps.FillSignInAsync(page, tenant, "admin", ConsoleSystem.AdminPassword);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customers" })).ToBeVisibleAsync();
        await Expect(page.Locator(".who")).ToHaveTextAsync("admin · Admin");
    }

    [Fact]
    public async Task AWrongPasswordShowsTheApiMessageAndStaysOnSignIn()
    {
        var tenant = await system.NewTenantAsync();
        var page = await chromium.OpenPageAsync(system.BaseAddress);
        await page.GotoAsync("/sign-in");

        await ConsoleSteps.FillSignInAsync(page, tenant, "admin", "not-the-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Sign-in failed. The company, user name or password is wrong.");
        await Expect(page.GetByLabel("Company")).ToHaveValueAsync(tenant);
        await Expect(page.GetByLabel("User name")).ToHaveValueAsync("admin");
        Assert.EndsWith("/sign-in", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALockedOutUserSeesTheLockOutMessage()
    {
        var tenant = await system.NewTenantAsync();
        for (var i = 0; i < 5; i++)
        {
            await system.Http.PostAsJsonAsync("/api/v1/auth/token", new { tenant, userName = "admin", password = "wrong-" + i });
        }

        var page = await chromium.OpenPageAsync(system.BaseAddress);
        await page.GotoAsync("/sign-in");
        await ConsoleSteps.FillSignInAsync(page, tenant, "admin", ConsoleSystem.AdminPassword);

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Too many attempts. Too many failed sign-ins for this user.");
    }

    [Fact]
    public async Task ADeepLinkOpensAfterSigningInAndReloadKeepsTheSession()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Dana", "Deeplink");
        var page = await chromium.OpenPageAsync(system.BaseAddress);

        await ConsoleSteps.SignInAtAsync(page, tenant, $"/customers/{id}/contacts");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Emergency contacts and agencies" })).ToBeVisibleAsync();
        Assert.EndsWith($"/customers/{id}/contacts", page.Url, StringComparison.Ordinal);

        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Emergency contacts and agencies" })).ToBeVisibleAsync();
        await page.GoBackAsync();
        await page.GoForwardAsync();
        Assert.EndsWith($"/customers/{id}/contacts", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var tenant = await system.NewTenantAsync();
        var page = await chromium.OpenPageAsync(system.BaseAddress);
        await ConsoleSteps.SignInAtAsync(page, tenant, "/customers");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync("/customers");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('securitytrax.refresh')"));
    }
}

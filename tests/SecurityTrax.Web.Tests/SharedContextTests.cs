using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>Tests that share a context still start clean: nothing of the previous test's session or storage is left.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SharedContextTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheNextPageOfTheSharedContextKeepsNoSessionStorageOrPageOfThePrevious()
    {
        var tenant = await system.NewTenantAsync();
        var earlier = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers");
        await earlier.EvaluateAsync("localStorage.setItem('left-behind', 'yes')");

        var page = await chromium.OpenPageAsync(system.BaseAddress);

        Assert.True(earlier.IsClosed);
        await page.GotoAsync("/customers");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('left-behind')"));
        Assert.Null(await page.EvaluateAsync<string?>($"sessionStorage.getItem('{SignedInPages.RefreshTokenKey}')"));
        Assert.Equal(900, page.ViewportSize!.Height);
    }

    [Fact]
    public async Task ADropInOneTestDoesNotLeaveTheNextOffline()
    {
        var earlier = await chromium.OpenPageAsync(system.BaseAddress);
        await earlier.Context.SetOfflineAsync(true);

        var page = await chromium.OpenPageAsync(system.BaseAddress, width: 390, height: 844);

        var response = await page.GotoAsync("/sign-in");
        Assert.Equal(200, response!.Status);
        Assert.Equal(390, page.ViewportSize!.Width);
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The lookup on a phone: 390 px wide, nothing wider than the screen, each customer a card.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PhoneLayoutTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheLookupWorksAt390PixelsWide()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Philippa", "Phoneside", email: "philippa@example.test");
        await ConsoleSteps.CreateCustomerAsync(api, "Oscar", "Other");
        var page = await chromium.NewPageAsync(system.BaseAddress, width: 390, height: 844);
        await ConsoleSteps.SignInAtAsync(page, tenant, "/customers");

        await page.GetByLabel("Search name, email, phone or address").PressSequentiallyAsync("philippa@");
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("table.list thead")).Not.ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the page scrolls sideways");
        await Screens.SaveAsync(page, "phone-lookup");
        await page.GetByRole(AriaRole.Link, new() { Name = "Philippa Phoneside" }).ClickAsync();

        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Philippa");
        Assert.EndsWith($"/customers/{id}", page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the record scrolls sideways");
        await Screens.SaveAsync(page, "phone-record");
    }
}

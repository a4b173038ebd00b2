using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class CustomerListTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TypingANameFindsTheCustomer()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var wanted = await ConsoleSteps.CreateCustomerAsync(api, "Harriet", "Quimby", email: "harriet@example.test");
        await ConsoleSteps.CreateCustomerAsync(api, "Amelia", "Earhart");
        await ConsoleSteps.CreateCustomerAsync(api, "Bessie", "Coleman", stage: "lead");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers");
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(3);
        await Screens.SaveAsync(page, "customers");

        await page.GetByLabel("Search name, email, phone or address").PressSequentiallyAsync("quim");

        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("table.list tbody tr td[data-label=Name]")).ToHaveTextAsync(["Harriet Quimby"]);
        await Expect(page).ToHaveURLAsync(new Regex("/customers\\?q=quim$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Harriet Quimby" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Harriet Quimby" })).ToBeVisibleAsync();
        Assert.EndsWith($"/customers/{wanted}", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStageFilterAndTheBackButtonWork()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        await ConsoleSteps.CreateCustomerAsync(api, "Amelia", "Earhart");
        await ConsoleSteps.CreateCustomerAsync(api, "Bessie", "Coleman", stage: "lead");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers");
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(2);

        await page.GetByLabel("Stage").SelectOptionAsync("lead");
        await Expect(page.Locator("table.list tbody tr td[data-label=Name]")).ToHaveTextAsync(["Bessie Coleman"]);
        await page.GoBackAsync();

        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(2);
        await Expect(page.GetByLabel("Stage")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task SortAndPagingWalkTheList()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        for (var i = 1; i <= 27; i++)
        {
            await ConsoleSteps.CreateCustomerAsync(api, "Pat", $"Page{i:00}");
        }

        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers?sort=id");
        var rows = page.Locator("table.list tbody tr");
        await Expect(rows).ToHaveCountAsync(25);
        await Expect(rows.First.Locator("td[data-label=Name]")).ToHaveTextAsync("Pat Page01");

        await page.GetByLabel("Sort by").SelectOptionAsync("-created");
        await Expect(rows.First.Locator("td[data-label=Name]")).ToHaveTextAsync("Pat Page27");
        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();

        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Locator("td[data-label=Name]")).ToHaveTextAsync(["Pat Page02", "Pat Page01"]);
        await page.GoBackAsync();
        await Expect(rows).ToHaveCountAsync(25);
    }

    [Fact]
    public async Task NewLeadOpensTheNewRecord()
    {
        var tenant = await system.NewTenantAsync();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers");

        await page.GetByRole(AriaRole.Link, new() { Name = "New lead" }).ClickAsync();
        await page.GetByLabel("First name").FillAsync("Wilbur");
        await page.GetByLabel("Last name").FillAsync("Wright");
        await page.GetByLabel("Email").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create lead" }).ClickAsync();
        await Expect(page.Locator("[data-field=email]")).ToHaveTextAsync("'not-an-email' is not an email address.");
        await page.GetByLabel("Email").FillAsync("wilbur@example.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create lead" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wilbur Wright" })).ToBeVisibleAsync();
        await Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("lead");
    }
}

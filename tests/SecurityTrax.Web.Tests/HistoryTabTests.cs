using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class HistoryTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AProfileEditShowsInHistoryWithTheUsersName()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Hank", "History");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/profile");

        await page.GetByLabel("First name").FillAsync("Henry");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();

        var edit = page.Locator("table.history tbody tr").Filter(new() { HasText = "firstName: Hank → Henry" });
        await Expect(edit).ToHaveCountAsync(1);
        await Expect(edit.Locator(".history-user")).ToHaveTextAsync("admin");
        await Expect(edit.Locator("td").Nth(2)).ToHaveTextAsync($"customer {id} updated");
        await Screens.SaveAsync(page, "record-history");
        // The creation row's long change (the fields as one unbroken text) wraps in its cell: the page is no wider than the window.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the history scrolls sideways");

        // The action filter leaves out the customer's creation rows.
        await page.GetByLabel("Action").FillAsync("updated");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.Locator("table.history tbody tr")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("firstName: Hank → Henry")]);
    }

    [Fact]
    public async Task HistoryPagesToOlderRowsAndBack()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Paige", "Pager");
        for (var i = 0; i < 26; i++)
        {
            var (_, etag) = await ConsoleSteps.GetCustomerAsync(api, id);
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { firstName = "Paige", lastName = "Pager", notes = $"note {i}" }),
            };
            put.Headers.TryAddWithoutValidation("If-Match", etag);
            (await api.SendAsync(put)).EnsureSuccessStatusCode();
        }

        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/history");
        var rows = page.Locator("table.history tbody tr");
        await Expect(rows).ToHaveCountAsync(25);
        var change = rows.First.Locator(".history-change");
        await Expect(change).ToHaveTextAsync("notes: note 24 → note 25");

        // 25 rows later: the first edit (notes set), then the creation's rows.
        await page.GetByRole(AriaRole.Button, new() { Name = "Older" }).ClickAsync();
        await Expect(change).ToHaveTextAsync("notes: note 0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Newest" }).ClickAsync();
        await Expect(change).ToHaveTextAsync("notes: note 24 → note 25");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Newest" })).ToHaveCountAsync(0);
    }
}

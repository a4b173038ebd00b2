using System.Globalization;
using Microsoft.Playwright;
using SecurityTrax.Customers;
using SecurityTrax.Identity;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>A customer dunning marked past due: the badge in the list and on the record, and the list's past-due filter.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PastDueTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task APastDueCustomerIsBadgedInTheListAndOnTheRecordAndTheFilterFindsOnlyThem()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var late = await ConsoleSteps.CreateCustomerAsync(api, "Lena", "Late");
        await ConsoleSteps.CreateCustomerAsync(api, "Otto", "Ontime");
        await MarkPastDueAsync(tenant, late);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers");
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("table.list tbody tr .badge.past-due")).ToHaveCountAsync(1);

        await page.GetByLabel("Payments").SelectOptionAsync("true");

        await Expect(page.Locator("table.list tbody tr td[data-label=Name] a")).ToHaveTextAsync(["Lena Late"]);
        await Screens.SaveAsync(page, "customers-past-due");
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "customers-past-due");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lena Late" }).ClickAsync();
        await Expect(page.Locator(".page-head .badge.past-due")).ToHaveTextAsync("Past due");
        await Screens.SaveAsync(page, "record-past-due");
    }

    // What the customer's dunning grain does when an automatic payment failed after its last retry.
    private async Task MarkPastDueAsync(string tenant, long customer)
    {
        CallerContext.Set(Caller.System(tenant, ChangeSources.Dunning));
        try
        {
            await system.Silo.Grains.GetGrain<ICustomerGrain>(GrainKeys.For(tenant, customer.ToString(CultureInfo.InvariantCulture)))
                .SetPastDueAsync(true, "Automatic payment failed finally (invoice 1)");
        }
        finally
        {
            CallerContext.Clear();
        }
    }
}

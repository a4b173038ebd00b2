using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SecurityTrax.Customers;
using SecurityTrax.Identity;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>
/// A customer dunning marked past due: the badge in the list and on the record, and the list's past-due filter; a
/// customer whose service dunning suspended: the list's service filter, kept in the address.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PastDueTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task APastDueCustomerIsBadgedInTheListAndOnTheRecordAndTheFilterFindsOnlyThem()
    {
        var tenant = await MarkedBesideOttoAsync("Lena", "Late", c => c.SetPastDueAsync(true, "Automatic payment failed finally (invoice 1)"));
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

    [Fact]
    public async Task TheServiceFilterShowsOnlySuspendedCustomersFromTheAddressAndAllWhenTurnedOff()
    {
        var tenant = await MarkedBesideOttoAsync(
            "Sam", "Suspended", c => c.SetSuspendedAsync(true, "Automatic payment failed finally (invoice 1); tell the monitoring station"));
        var names = new[] { "Otto Ontime", "Sam Suspended" };

        // A link (or a reload) with the filter in its address opens the list filtered.
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers?suspended=true");
        var rows = page.Locator("table.list tbody tr td[data-label=Name] a");
        await Expect(rows).ToHaveTextAsync(["Sam Suspended"]);
        await Expect(page.GetByLabel("Service")).ToHaveValueAsync("true");
        await Expect(page.Locator("table.list tbody tr .badge.suspended")).ToHaveTextAsync("Suspended");
        await Screens.SaveAsync(page, "customers-suspended");

        await page.GetByLabel("Service").SelectOptionAsync("");
        await Expect(rows).ToHaveTextAsync(names);
        await Expect(page).ToHaveURLAsync(new Regex("/customers$"));

        await page.GetByLabel("Service").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(rows).ToHaveTextAsync(["Sam Suspended"]);
        await Expect(page).ToHaveURLAsync(new Regex("/customers\\?suspended=true$"));
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "customers-suspended-phone");
    }

    // A new company with two customers, Otto Ontime and the one named, whom dunning marks as it does when an automatic
    // payment failed after its last retry.
    private async Task<string> MarkedBesideOttoAsync(string firstName, string lastName, Func<ICustomerGrain, Task> mark)
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var customer = await ConsoleSteps.CreateCustomerAsync(api, firstName, lastName);
        await ConsoleSteps.CreateCustomerAsync(api, "Otto", "Ontime");
        CallerContext.Set(Caller.System(tenant, ChangeSources.Dunning));
        try
        {
            await mark(system.Silo.Grains.GetGrain<ICustomerGrain>(GrainKeys.For(tenant, customer.ToString(CultureInfo.InvariantCulture))));
        }
        finally
        {
            CallerContext.Clear();
        }

        return tenant;
    }
}

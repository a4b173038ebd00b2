using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>
/// The Recurring invoices tab: the final date is the API's preview while typing, the same after saving; the note and Add
/// Monthly Monitoring go onto the template; the list names the document type; delete asks first.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class RecurringTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheFinalDateIsPreviewedBeforeSavingAndIsTheSavedOneAndDeletingAsksFirst()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Monitoring plan (test)", 39.99m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Ruth", "Recurring");
        await RecordSeeds.UpdateProfileAsync(api, id, new() { ["monthlyMonitoringRate"] = 39.95m, ["activationFee"] = 99.00m });
        // January 31 of next year is always after today; month steps keep the anchor day or the month's last day.
        var year = DateTime.UtcNow.Year + 1;
        string Day(int month, int day) => new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/recurring");

        await page.GetByRole(AriaRole.Button, new() { Name = "New recurring invoice" }).ClickAsync();
        await page.GetByLabel("Row 1 item").SelectOptionAsync(MoneySteps.Id(item));
        await page.GetByLabel("First invoice date").FillAsync(Day(1, 31));
        await page.GetByLabel("Every").FillAsync("1");
        await page.GetByLabel("Unit", new() { Exact = true }).SelectOptionAsync("months");
        await page.GetByLabel("Number of invoices").FillAsync("2");
        await Expect(page.Locator("#preview-final-date")).ToHaveTextAsync(Day(2, DateTime.IsLeapYear(year) ? 29 : 28));
        await page.GetByLabel("Number of invoices").FillAsync("4");
        await Expect(page.Locator("#preview-final-date")).ToHaveTextAsync(Day(4, 30));
        await page.GetByLabel("Note (printed on each invoice)").FillAsync("Gate code 4411");
        await page.GetByLabel("Add Monthly Monitoring at the customer's rate").CheckAsync();
        await Screens.SaveAsync(page, "record-recurring-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save recurring invoice" }).ClickAsync();

        var row = page.Locator("table.recurring tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Monthly monitoring added" })).ToBeVisibleAsync();
        await Expect(row.Locator("td[data-label='Type']")).ToHaveTextAsync("invoice");
        await Expect(row.Locator("td[data-label='Final date']")).ToHaveTextAsync(Day(4, 30));
        await Expect(row.Locator("td[data-label='First date']")).ToHaveTextAsync(Day(1, 31));
        var stored = Assert.Single((await MoneySteps.GetAsync(api, $"/api/v1/customers/{id}/recurring-invoices")).EnumerateArray());
        var template = await MoneySteps.GetAsync(api, $"/api/v1/recurring-invoices/{stored.GetProperty("id").GetInt64()}");
        Assert.Equal("Gate code 4411", template.GetProperty("note").GetString());
        Assert.Equal(["manual 39.99", "monitoring 39.95"], template.GetProperty("lines").EnumerateArray().Select(l =>
            $"{l.GetProperty("source").GetString()} {l.GetProperty("unitPrice").GetDecimal().ToString("0.00", CultureInfo.InvariantCulture)}"));
        var amount = template.GetProperty("totals").GetProperty("grandTotal").GetDecimal().ToString("0.00", CultureInfo.InvariantCulture);
        await Expect(row.Locator("td[data-label='Amount']")).ToHaveTextAsync(amount);
        Assert.Equal(Day(4, 30), stored.GetProperty("finalDate").GetString());
        Assert.Equal(4, stored.GetProperty("remainingCount").GetInt32());
        await Screens.SaveAsync(page, "record-recurring");

        var recurring = stored.GetProperty("id").GetInt64();
        // Pressed again from the list: nothing more is added, and the page says why.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Add Monthly Monitoring to recurring invoice {recurring}" }).ClickAsync();
        await Expect(page.GetByText("The monthly monitoring charge is on this recurring invoice.")).ToBeVisibleAsync();
        // The one-time charges are marked for the next invoice, listed under the status, and removable.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Add Activation Fee to the next invoice of recurring invoice {recurring}" }).ClickAsync();
        await Expect(page.GetByText($"Activation fee goes on the next invoice recurring invoice {recurring} makes, once.")).ToBeVisibleAsync();
        await Expect(row.Locator(".pending-items li")).ToContainTextAsync("Activation fee on the next invoice");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Add Unpaid Equipment to the next invoice of recurring invoice {recurring}" }).ClickAsync();
        await Expect(page.GetByText("The customer has no unpaid equipment that is on no invoice.")).ToBeVisibleAsync();
        Assert.Equal(["activation_fee"], (await MoneySteps.GetAsync(api, $"/api/v1/recurring-invoices/{recurring}")).GetProperty("pendingItems").EnumerateArray().Select(k => k.GetString()));
        await Screens.SaveAsync(page, "record-recurring-pending");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove activation fee from the next invoice of recurring invoice {recurring}" }).ClickAsync();
        await Expect(row.Locator(".pending-items")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete recurring invoice {recurring}" }).ClickAsync();
        Assert.Equal("active", (await MoneySteps.GetAsync(api, $"/api/v1/recurring-invoices/{recurring}")).GetProperty("status").GetString());
        await page.GetByRole(AriaRole.Button, new() { Name = $"Confirm delete {recurring}" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Delete recurring invoice {recurring}" })).ToHaveCountAsync(0);
        var deleted = await MoneySteps.GetAsync(api, $"/api/v1/recurring-invoices/{recurring}");
        Assert.True(deleted.GetProperty("deleted").GetBoolean());
    }
}

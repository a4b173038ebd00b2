using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>Settings: the company's file limits and whether photos keep their location; the dunning schedule and suspension.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FileSettingsTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task LimitsAreSavedInMegabytesAndPhotosCanKeepTheirLocation()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/files");
        await Expect(page.GetByLabel("Largest file (MB)")).ToHaveValueAsync("25");
        await Expect(page.GetByLabel("Keep the GPS location in uploaded photos")).Not.ToBeCheckedAsync();

        await page.GetByLabel("Largest file (MB)").FillAsync("ten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save file settings" }).ClickAsync();
        await Expect(page.Locator(".field-error[data-field=maxFileBytes]")).ToHaveTextAsync("'ten' is not a number.");

        await page.GetByLabel("Largest file (MB)").FillAsync("10");
        await page.GetByLabel("Users may delete their own files for (days; empty: always)").FillAsync("7");
        await page.GetByLabel("Keep the GPS location in uploaded photos").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save file settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Screens.SaveAsync(page, "settings-files");

        var saved = await SettingsSteps.GetJsonAsync(api, "/api/v1/settings/files");
        Assert.Equal((10L * 1024 * 1024, 7, true),
            (saved.GetProperty("maxFileBytes").GetInt64(), saved.GetProperty("deleteOwnWithinDays").GetInt32(), saved.GetProperty("keepImageLocation").GetBoolean()));

        // Settings → Dunning, in the same session: the schedule as typed and the suspension switch are saved; its four
        // checkboxes are one size (1.25rem) at desktop and phone width, the suspension's three-line label included.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dunning" }).ClickAsync();
        await Expect(page.GetByLabel("Retry on these days after the due date (e.g. 3, 7, 14)")).ToHaveValueAsync("3, 7, 14");
        await page.GetByLabel("Retry on these days after the due date (e.g. 3, 7, 14)").FillAsync("2, 9");
        await page.GetByLabel("Mark the service suspended (the office tells the monitoring station)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save dunning settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Screens.SaveAsync(page, "settings-dunning");
        Assert.Equal(["20x20"], await ConsoleSteps.ChoiceSizesAsync(page));
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "settings-dunning-phone");
        Assert.Equal(["20x20"], await ConsoleSteps.ChoiceSizesAsync(page));
        var dunning = await SettingsSteps.GetJsonAsync(api, "/api/v1/settings/dunning");
        Assert.Equal([2, 9], dunning.GetProperty("retryDays").EnumerateArray().Select(d => d.GetInt32()));
        Assert.True(dunning.GetProperty("suspendAfterFinalFailure").GetBoolean());
    }
}

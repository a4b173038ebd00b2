using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>Settings: the company's file limits and whether photos keep their location.</summary>
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
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>The settings screens on a phone: 390 px wide, nothing wider than the screen, checkboxes all one size.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SettingsPhoneTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheSettingsScreensFitA390PixelScreen()
    {
        var tenant = await system.NewTenantAsync();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/users", width: 390, height: 844);
        var wide = new List<string>();
        var uneven = new List<string>();
        foreach (var (path, ready) in new[]
        {
            ("settings/users", "Create user"), ("settings/roles", "Create role"), ("settings/catalog/packages", "Add package"),
            ("settings/campaigns", "Start campaign"), ("settings/integrations", "Save card processor settings"),
            ("settings/roles/Office", "Save grants"), ("settings/note-types", "Add note type"), ("settings/templates/new", "Save template"),
            ("settings/company", "Save company settings"), ("settings/files", "Save file settings"), ("settings/dunning", "Save dunning settings"),
        })
        {
            await ConsoleSteps.GoWithinAsync(page, "/" + path);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = ready })).ToBeVisibleAsync();
            if (await page.EvaluateAsync<int>("document.documentElement.scrollWidth") > 390)
            {
                wide.Add(path);
            }

            if ((await ConsoleSteps.ChoiceSizesAsync(page)).Length > 1)
            {
                uneven.Add(path);
            }

            await Screens.SaveAsync(page, "phone-" + path.Replace('/', '-'));
        }

        Assert.Empty(wide);
        Assert.Empty(uneven);
    }
}

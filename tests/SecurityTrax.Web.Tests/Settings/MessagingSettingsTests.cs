using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>Settings: message templates (create, preview for a customer, edit with If-Match) and campaigns (start, schedule, stop).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MessagingSettingsTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ATemplateIsWrittenPreviewedForACustomerAndEdited()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var customer = await ConsoleSteps.CreateCustomerAsync(api, "Mia", "Merge", email: "mia@example.test");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/templates");

        await page.GetByRole(AriaRole.Link, new() { Name = "New template" }).ClickAsync();
        await page.GetByLabel("Template name").FillAsync("Welcome");
        await page.GetByLabel("Channel").SelectOptionAsync("email");
        await page.GetByLabel("Subject").FillAsync("Welcome aboard");
        await page.GetByLabel("Uses merge fields").CheckAsync();
        await page.GetByLabel("Plain text body").FillAsync("Hello {{ customer.first_name }}, welcome.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        var template = (await SettingsSteps.GetJsonAsync(api, "/api/v1/message-templates")).EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Welcome");
        var id = template.GetProperty("id").GetInt32();
        await Expect(page).ToHaveURLAsync(new Uri(system.BaseAddress, $"settings/templates/{id}").ToString());

        await page.GetByLabel("Preview for customer number").FillAsync(customer.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await Expect(page.Locator("pre.preview-text")).ToHaveTextAsync("Hello Mia, welcome.");
        await Screens.SaveAsync(page, "settings-template");

        await page.GetByLabel("Subject").FillAsync("Welcome to Console Alarm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        var stored = await SettingsSteps.GetJsonAsync(api, $"/api/v1/message-templates/{id}");
        Assert.Equal(("Welcome to Console Alarm", "email", true), (stored.GetProperty("subject").GetString(), stored.GetProperty("channel").GetString(), stored.GetProperty("isDynamic").GetBoolean()));
    }

    [Fact]
    public async Task ACampaignStartsAtOnceAndAScheduledOneIsStopped()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var customer = await ConsoleSteps.CreateCustomerAsync(api, "Cam", "Paign", email: "cam@example.test");
        var template = await SettingsSteps.PostJsonAsync(api, "/api/v1/message-templates", new { name = "Spring check", channel = "email", subject = "Spring check", textBody = "Time for a check." });
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/campaigns");

        await page.GetByLabel("Campaign name").FillAsync("Spring now");
        await page.GetByLabel("Template").SelectOptionAsync(template.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Or customer numbers (comma separated)").FillAsync(customer.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start campaign" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Campaign Spring now is ");
        await Expect(Row(page, "Spring now")).ToHaveCountAsync(1);
        var started = await CampaignAsync(api, "Spring now");
        Assert.NotEqual(JsonValueKind.Null, started.GetProperty("startedAt").ValueKind);

        var later = DateTime.Now.AddDays(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        await page.GetByLabel("Campaign name").FillAsync("Spring later");
        await page.GetByLabel("Template").SelectOptionAsync(template.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Customers tagged").FillAsync("spring");
        await page.GetByLabel("Send at (empty: start now)").FillAsync(later);
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule campaign" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Campaign Spring later is scheduled.");
        await Expect(Row(page, "Spring later").Locator("td[data-label=Status]")).ToHaveTextAsync("scheduled");
        await Screens.SaveAsync(page, "settings-campaigns");

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop Spring later" }).ClickAsync();
        await Expect(Row(page, "Spring later").Locator("td[data-label=Status]")).ToHaveTextAsync("canceled");
        Assert.Equal("canceled", (await CampaignAsync(api, "Spring later")).GetProperty("status").GetString());
    }

    private static ILocator Row(IPage page, string name) =>
        page.Locator("table.list tbody tr").Filter(new() { Has = page.Locator("td[data-label=Name]", new() { HasTextString = name }) });

    private static async Task<JsonElement> CampaignAsync(HttpClient api, string name)
    {
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/campaigns");
        return list.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
    }
}

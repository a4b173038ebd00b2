using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests.Settings;

/// <summary>Settings: the company's own settings (If-Match, errors next to fields) and its provider accounts (secrets never shown).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CompanySettingsTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheCompanysSettingsAreSavedAndABadTimeZoneIsNamedNextToItsField()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/company");
        await Expect(page.GetByLabel("Company name")).ToHaveValueAsync("Console Alarm Co");

        await page.GetByLabel("Company name").FillAsync("Front Range Alarm");
        await page.GetByLabel("Time zone (e.g. America/Denver)").FillAsync("Mars/Olympus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save company settings" }).ClickAsync();
        await Expect(page.Locator("[data-field=timeZone]")).ToBeVisibleAsync();
        Assert.Equal("Console Alarm Co", (await SettingsSteps.GetJsonAsync(api, "/api/v1/settings")).GetProperty("companyName").GetString());

        await page.GetByLabel("Time zone (e.g. America/Denver)").FillAsync("America/Denver");
        await page.GetByLabel("Email receipts by default").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save company settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Screens.SaveAsync(page, "settings-company");
        var saved = await SettingsSteps.GetJsonAsync(api, "/api/v1/settings");
        Assert.Equal(("Front Range Alarm", "America/Denver", true),
            (saved.GetProperty("companyName").GetString(), saved.GetProperty("timeZone").GetString(), saved.GetProperty("emailReceiptsByDefault").GetBoolean()));
    }

    [Fact]
    public async Task ProviderSecretsAreStoredButNeverShownAgain()
    {
        const string SecretKey = "sk_test_console0secret4242";
        const string SmtpPassword = "mail-password-never-shown";
        const string WebhookSecret = "whsec_consoleWebhook77";
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/settings/integrations");

        var stripe = page.GetByRole(AriaRole.Form, new() { Name = "Card processor (Stripe)" });
        await Expect(stripe.Locator("p.status")).ToHaveTextAsync("Not set up: the platform's account is used.");
        await stripe.GetByLabel("Secret key").FillAsync(SecretKey);
        await stripe.GetByLabel("Publishable key").FillAsync("pk_test_consolekey1");
        await stripe.GetByLabel("Webhook signing secret").FillAsync(WebhookSecret);
        await stripe.GetByRole(AriaRole.Button, new() { Name = "Save card processor settings" }).ClickAsync();
        await Expect(stripe.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Expect(stripe.Locator("p.status")).ToHaveTextAsync("The company's own account.");
        await Expect(stripe.GetByLabel("Secret key")).ToHaveValueAsync("");
        await Expect(stripe.Locator("#stripe-secretKey-stored")).ToHaveTextAsync("Stored, ends 4242. Type a new one to replace it.");

        var smtp = page.GetByRole(AriaRole.Form, new() { Name = "Email (SMTP)" });
        await smtp.GetByLabel("SMTP host").FillAsync("");
        await smtp.GetByLabel("SMTP user name").FillAsync("office");
        await smtp.GetByLabel("SMTP password").FillAsync(SmtpPassword);
        await smtp.GetByRole(AriaRole.Button, new() { Name = "Save email settings" }).ClickAsync();
        await Expect(smtp.Locator("[data-field='smtp.host']")).ToBeVisibleAsync();
        await smtp.GetByLabel("SMTP host").FillAsync("smtp.example.test");
        await smtp.GetByLabel("From address").FillAsync("office@example.test");
        await smtp.GetByRole(AriaRole.Button, new() { Name = "Save email settings" }).ClickAsync();
        await Expect(smtp.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Expect(smtp.Locator("#smtp-password-stored")).ToHaveTextAsync("Stored (hidden). Type a new one to replace it.");
        await Screens.SaveAsync(page, "settings-integrations");

        await page.ReloadAsync();
        await Expect(page.Locator("#smtp-password-stored")).ToHaveTextAsync("Stored (hidden). Type a new one to replace it.");
        var html = await page.ContentAsync();
        Assert.DoesNotContain(SecretKey, html);
        Assert.DoesNotContain(SmtpPassword, html);
        Assert.DoesNotContain(WebhookSecret, html);
        var stored = await SettingsSteps.GetJsonAsync(api, "/api/v1/settings/integrations");
        Assert.Equal(("…4242", "set", "smtp.example.test"),
            (stored.GetProperty("stripe").GetProperty("secretKey").GetString(), stored.GetProperty("smtp").GetProperty("password").GetString(),
             stored.GetProperty("smtp").GetProperty("host").GetString()));
    }
}

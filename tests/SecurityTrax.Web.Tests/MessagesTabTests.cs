using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The Messages tab against the local outbox (no SMTP or Twilio configured): what is sent is stored as sent.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MessagesTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AnEmailAndAnSmsAreSentFromTemplatesAfterAPreviewAndListedWithTheirStatus()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var welcome = await RecordSeeds.PostForIdAsync(api, "/api/v1/message-templates", new
        {
            name = "Welcome", channel = "email", subject = "Welcome, {{ customer.first_name }}", htmlBody = "<p>Hello {{ customer.first_name }}, your system is on.</p>",
            textBody = "Hello {{ customer.first_name }}, your system is on.", isDynamic = true,
        });
        var reminder = await RecordSeeds.PostForIdAsync(api, "/api/v1/message-templates", new
        {
            name = "Reminder", channel = "sms", textBody = "Hi {{ customer.first_name }}, your technician comes tomorrow.", isDynamic = true,
        });
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Mia", "Messages", email: "mia@example.com");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/messages");
        await Expect(page.GetByText("No messages yet.")).ToBeVisibleAsync();

        // Preview needs a template first; the reason is next to the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("[data-field='templateId']")).ToHaveTextAsync("Choose a template to preview.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send Email" })).ToHaveCountAsync(0);

        await page.GetByLabel("Template").SelectOptionAsync(welcome.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("#preview-subject")).ToHaveTextAsync("Welcome, Mia");
        await Expect(page.Locator("#preview-text")).ToHaveTextAsync("Hello Mia, your system is on.");
        await Screens.SaveAsync(page, "record-messages-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send Email" }).ClickAsync();
        await Expect(page.Locator("#sent-outcome")).ToHaveTextAsync("Message to mia@example.com: sent.");

        await page.GetByLabel("Template").SelectOptionAsync(reminder.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Send to number (optional)").FillAsync("+15555550142");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("#preview-text")).ToHaveTextAsync("Hi Mia, your technician comes tomorrow.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send SMS" }).ClickAsync();
        await Expect(page.Locator("#sent-outcome")).ToHaveTextAsync("Message to +15555550142: sent.");
        await Expect(page.Locator("table.messages tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("table.messages tbody tr").First.Locator("td").Nth(1)).ToHaveTextAsync("SMS");
        await Expect(page.Locator("table.messages tbody tr").Nth(1).Locator("td").Nth(2)).ToHaveTextAsync("Welcome, Mia");
        await Expect(page.Locator("table.messages tbody tr td[data-label='Status']")).ToHaveTextAsync(["sent", "sent"]);
        await Screens.SaveAsync(page, "record-messages");
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "phone-messages");

        var stored = await RecordSeeds.MessagesAsync(api, id, 2);
        Assert.Equal(["sms", "email"], stored.Select(m => m.GetProperty("channel").GetString()));
        Assert.Equal(["+15555550142", "mia@example.com"], stored.Select(m => m.GetProperty("to").GetString()));
        Assert.Equal(["sent", "sent"], stored.Select(m => m.GetProperty("status").GetString()));
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class CustomerRecordTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ATypedTagIsSavedOnTheCustomer()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Tara", "Tagged");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/tags");

        await page.GetByLabel("Tag name").FillAsync("VIP monitoring");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save tag" }).ClickAsync();

        await Expect(page.Locator(".chips li span")).ToHaveTextAsync("VIP monitoring");
        await Expect(page.GetByLabel("Tag name")).ToHaveValueAsync("");
        var (customer, _) = await ConsoleSteps.GetCustomerAsync(api, id);
        Assert.Equal(["VIP monitoring"], customer.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task ThreeContactsAddedAndReorderedKeepTheirOrder()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Carl", "Contacts");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/contacts");

        await AddContactAsync(page, "emergency", "Ann Able", "3035550101");
        await AddContactAsync(page, "emergency", "Ben Baker", "3035550102");
        await AddContactAsync(page, "police", "Officer Cole", "3035550103", agency: "Denver PD");
        await Expect(page.Locator(".contact-name")).ToHaveTextAsync(["Ann Able", "Ben Baker", "Officer Cole"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Move Officer Cole up" }).ClickAsync();
        await Expect(page.Locator(".contact-name")).ToHaveTextAsync(["Ann Able", "Officer Cole", "Ben Baker"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Move Ann Able down" }).ClickAsync();
        await Expect(page.Locator(".contact-name")).ToHaveTextAsync(["Officer Cole", "Ann Able", "Ben Baker"]);
        await Screens.SaveAsync(page, "record-contacts");

        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/contacts");
        Assert.Equal(["Officer Cole", "Ann Able", "Ben Baker"], stored.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["police", "emergency", "emergency"], stored.EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        Assert.Equal("Denver PD", stored[0].GetProperty("agencyName").GetString());
    }

    [Fact]
    public async Task AStaleProfileSaveOffersReloadAndKeepsWhatWasTyped()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Paula", "Profile", email: "paula@example.test");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}");
        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Paula");
        await Screens.SaveAsync(page, "record-profile");

        // Someone else saves the record while the form is open.
        var (_, etag) = await ConsoleSteps.GetCustomerAsync(api, id);
        using var other = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}")
        {
            Content = JsonContent.Create(new { firstName = "Paula", lastName = "Profile", email = "office@example.test" }),
        };
        other.Headers.TryAddWithoutValidation("If-Match", etag);
        (await api.SendAsync(other)).EnsureSuccessStatusCode();

        await page.GetByLabel("First name").FillAsync("Pauline");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Someone else changed this customer after you opened it.");
        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Pauline");
        Assert.Equal("Paula", (await ConsoleSteps.GetCustomerAsync(api, id)).Customer.GetProperty("firstName").GetString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Pauline");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        Assert.Equal("Pauline", (await ConsoleSteps.GetCustomerAsync(api, id)).Customer.GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task EachFieldErrorIsShownNextToItsFieldAndNothingChanges()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Zed", "Zipcode");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/profile");

        await page.GetByLabel("Service address, street").FillAsync("1 Main St");
        await page.GetByLabel("Service address, city").FillAsync("Denver");
        await page.GetByLabel("Service address, state").FillAsync("CO");
        await page.GetByLabel("Service address, ZIP").FillAsync("8020");
        await page.GetByLabel("Email").FillAsync("zed-at-example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        await Expect(page.Locator("[data-field='serviceAddress.zip']")).ToHaveTextAsync("'8020' is not a ZIP code (12345 or 12345-6789).");
        await Expect(page.Locator("[data-field=email]")).ToHaveTextAsync("'zed-at-example' is not an email address.");
        await Expect(page.GetByLabel("Service address, ZIP")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Service address, street")).ToHaveValueAsync("1 Main St");
        var (customer, _) = await ConsoleSteps.GetCustomerAsync(api, id);
        Assert.Equal(JsonValueKind.Null, customer.GetProperty("serviceAddress").ValueKind);
    }

    [Fact]
    public async Task ALeadIsConvertedToACustomer()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Lee", "Lead", stage: "lead");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Convert lead to customer" }).ClickAsync();

        await Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("customer");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Convert lead to customer" })).ToHaveCountAsync(0);
        Assert.Equal("customer", (await ConsoleSteps.GetCustomerAsync(api, id)).Customer.GetProperty("stage").GetString());
    }

    private static async Task AddContactAsync(IPage page, string type, string name, string phone, string? agency = null)
    {
        var count = await page.Locator(".contact-name").CountAsync();
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync(type);
        await page.GetByLabel("Contact name").FillAsync(name);
        if (agency is not null)
        {
            await page.GetByLabel("Agency name").FillAsync(agency);
        }

        await page.GetByLabel("Contact phone").FillAsync(phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await Expect(page.Locator(".contact-name")).ToHaveCountAsync(count + 1);
    }
}

using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>SSN and date of birth on the Profile tab: edited in the clear with customers.view_confidential, masked and read-only without.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConfidentialFieldsTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AUserHoldingTheGrantEditsTheConfidentialFieldsAndABadSsnChangesNothing()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Cora", "Confidential");
        await PutConfidentialAsync(api, id, "123-45-6789", "1980-02-03");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/profile");

        await Expect(page.GetByLabel("SSN")).ToHaveValueAsync("123-45-6789");
        await Expect(page.GetByLabel("Date of birth")).ToHaveValueAsync("1980-02-03");
        await page.GetByLabel("SSN").FillAsync("000-12-3456");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save confidential fields" }).ClickAsync();
        await Expect(page.Locator("[data-field='ssn']")).ToHaveTextAsync("Not a valid SSN (123-45-6789).");
        await Expect(page.GetByLabel("SSN")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal("123-45-6789", (await ConsoleSteps.GetCustomerAsync(api, id)).Customer.GetProperty("ssn").GetString());

        await page.GetByLabel("SSN").FillAsync("234-56-7890");
        await page.GetByLabel("Date of birth").FillAsync("1975-11-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save confidential fields" }).ClickAsync();
        await Expect(page.Locator("#confidential-saved")).ToHaveTextAsync("Confidential fields saved.");
        var (saved, _) = await ConsoleSteps.GetCustomerAsync(api, id);
        Assert.Equal("234-56-7890", saved.GetProperty("ssn").GetString());
        Assert.Equal("1975-11-30", saved.GetProperty("dateOfBirth").GetString());
        await Screens.SaveAsync(page, "record-profile-confidential");

        // The profile's next save carries the ETag the confidential save answered (no 412).
        await page.GetByLabel("Last name").FillAsync("Confided");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("form[aria-label='Profile'] p.ok")).ToHaveTextAsync("Saved.");
        Assert.Equal("Confided", (await ConsoleSteps.GetCustomerAsync(api, id)).Customer.GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task WithoutTheGrantTheConfidentialFieldsAreMaskedAndReadOnly()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        (await api.PostAsJsonAsync("/api/v1/roles", new { name = "Desk", grants = new[] { "customers.view", "customers.modify" } })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/users", new { userName = "otto", displayName = "Otto", role = "Desk", password = "a-good-password" })).EnsureSuccessStatusCode();
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Mark", "Masked");
        await PutConfidentialAsync(api, id, "123-45-6789", "1980-02-03");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/profile", "otto", "a-good-password");

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save profile" })).ToBeVisibleAsync();
        await Expect(page.Locator("dl.confidential dd")).ToHaveTextAsync(["***-**-6789", "****-02-03"]);
        await Expect(page.GetByLabel("SSN")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save confidential fields" })).ToHaveCountAsync(0);
    }

    private static async Task PutConfidentialAsync(HttpClient api, long id, string ssn, string dateOfBirth)
    {
        var (_, etag) = await ConsoleSteps.GetCustomerAsync(api, id);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}/confidential") { Content = JsonContent.Create(new { ssn, dateOfBirth }) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        (await api.SendAsync(put)).EnsureSuccessStatusCode();
    }
}

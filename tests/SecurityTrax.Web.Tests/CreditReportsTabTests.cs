using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The Credit Reports tab with the sandbox bureau: a missing SSN said in words, a run with consent, Apply score, the count on the button.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CreditReportsTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AReportIsRunWithConsentAfterTheMissingSsnIsSaidAndItsScoreIsAppliedToTheProfile()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        await system.ApproveBureauAsync(api, tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Cora", "Credit");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/credit");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Credit Reports (0)" })).ToBeVisibleAsync();
        await Expect(page.GetByText("No credit reports yet.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Run credit" }).ClickAsync();
        await page.GetByLabel("Bureau").SelectOptionAsync("sandbox");
        await page.GetByLabel("Verbal").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run credit" }).ClickAsync();
        var alert = page.Locator(".credit-run .alert");
        await Expect(alert).ToContainTextAsync("No SSN on file for this person: enter it on the Profile tab first.");
        await Expect(alert).ToContainTextAsync("No date of birth on file for this person: enter it on the Profile tab first.");

        // The SSN is entered elsewhere; the same form runs again without being filled in again.
        var (_, etag) = await ConsoleSteps.GetCustomerAsync(api, id);
        using var secrets = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}/confidential") { Content = JsonContent.Create(new { ssn = "123-45-6789", dateOfBirth = "1980-04-02" }) };
        secrets.Headers.TryAddWithoutValidation("If-Match", etag);
        (await api.SendAsync(secrets)).EnsureSuccessStatusCode();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run credit" }).ClickAsync();

        await Expect(page.Locator("p.ok[role=status]")).ToHaveTextAsync("Report 1: Completed: score 789 (approved)");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Credit Reports (1)" })).ToBeVisibleAsync();
        var row = page.Locator("tr[data-report-id='1']");
        await Expect(row.Locator("td[data-label='Bureau']")).ToHaveTextAsync("Sandbox bureau");
        await Expect(row.Locator("td[data-label='Consent']")).ToHaveTextAsync("verbal");
        await row.GetByText("Raw report").ClickAsync();
        await Expect(row.Locator("pre.raw-report")).ToContainTextAsync("789");
        await Screens.SaveAsync(page, "record-credit");

        await row.GetByRole(AriaRole.Button, new() { Name = "Apply score 789 (report 1)" }).ClickAsync();
        await Expect(page.Locator("p.ok[role=status]")).ToHaveTextAsync("Score 789 (approved) is on the profile now.");
        await Expect(page.Locator(".credit-applied")).ToHaveTextAsync("On the profile: score 789 (approved), from report 1.");
        await Expect(row.Locator(".applied")).ToHaveTextAsync("On the profile");
        var (customer, _) = await ConsoleSteps.GetCustomerAsync(api, id);
        var score = customer.GetProperty("creditScore");
        Assert.Equal((789, "approved", 1L), (score.GetProperty("score").GetInt32(), score.GetProperty("band").GetString(), score.GetProperty("reportId").GetInt64()));
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports");
        Assert.Equal((1, "verbal"), (stored.GetProperty("count").GetInt32(), stored.GetProperty("items")[0].GetProperty("consent").GetString()));
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "record-credit-phone");

        await ConsoleSteps.GoWithinAsync(page, $"/customers/{id}/profile");
        await Expect(page.Locator(".credit-score")).ToContainTextAsync("Credit score 789, approved (report 1");
    }
}

using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>
/// With a company Stripe key, Add card mounts Stripe's Payment Element (a fake Stripe.js of ours stands in for
/// js.stripe.com, with no internet) and saves the payment method Stripe confirmed, on the fake Stripe server.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class StripeCardTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    private const string PublishableKey = "pk_test_consoleStripe42";

    [Fact]
    public async Task WithAStripeKeyTheCardIsCollectedByThePaymentElementAndListedAfterwards()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        Assert.Equal(PublishableKey, await StripeSteps.SetCompanyKeysAsync(api, "consoleStripe42"));
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Stella", "Stripe");
        var page = await chromium.OpenPageAsync(system.BaseAddress);
        await StripeSteps.UseFakeStripeJsAsync(page, system);
        await SignedInPages.SignInAtAsync(page, system, tenant, $"/customers/{id}/billing");

        var setup = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Add card" }).ClickAsync(), r => r.Url.EndsWith("/billing-methods/setup", StringComparison.Ordinal));
        var answer = (await setup.JsonAsync())!.Value;
        await Expect(page.Locator("#stripe-payment-element iframe")).ToBeVisibleAsync();
        await Screens.SaveAsync(page, "record-billing-stripe");
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] }, ResultTypes = [ResultType.Violations] });
        Assert.Empty(axe.Violations.Select(v => $"{v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Html))}"));
        await page.GetByLabel("Make this the default billing method").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save card" }).ClickAsync();

        await Expect(page.Locator("table.billing-methods tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("table.billing-methods td[data-label='Default']")).ToHaveTextAsync("default");
        var seen = await page.EvaluateAsync<JsonElement>("window.fakeStripeSeen");
        Assert.Equal(("stripe", PublishableKey), (answer.GetProperty("processor").GetString(), answer.GetProperty("publishableKey").GetString()));
        Assert.Equal(
            (PublishableKey, answer.GetProperty("clientSecret").GetString(), "payment", "if_required"),
            (Text(seen, "publishableKey"), Text(seen, "clientSecret"), Text(seen, "elementType"), Text(seen, "redirect")));
        var method = Assert.Single((await MoneySteps.GetAsync(api, $"/api/v1/customers/{id}/billing-methods")).EnumerateArray());
        Assert.Equal(("card", true), (method.GetProperty("kind").GetString(), method.GetProperty("isDefault").GetBoolean()));
        Assert.EndsWith("4242", method.GetProperty("display").GetString(), StringComparison.Ordinal);
    }

    private static string? Text(JsonElement e, string name) => e.GetProperty(name).GetString();
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The subscriber's payment portal, reached from a pay link: pay with the sandbox card and see the receipt; a bad link gets a friendly page.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PortalPageTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task APayLinkPaysAnInvoiceWithTheSandboxCardShowsTheReceiptAndTheOfficeSeesThePayment()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Monitoring, one quarter", 120.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Polly", "Portal", email: "polly@example.test");
        var invoice = await MoneySteps.CreateInvoiceAsync(api, id, item);
        var link = await MoneySteps.PostMoneyAsync(api, $"/api/v1/customers/{id}/pay-links", new { });
        var page = await chromium.OpenPageAsync(system.BaseAddress, 390, 844);

        await page.GotoAsync(new Uri(link.GetProperty("url").GetString()!).PathAndQuery);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello Polly Portal" })).ToBeVisibleAsync();
        await Expect(page.Locator(".balance")).ToContainTextAsync("$120.00");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Invoice {invoice} (PDF)" })).ToBeVisibleAsync();
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "portal-phone");
        await page.GetByLabel($"Amount for invoice {invoice}").FillAsync("120.001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay" }).ClickAsync();
        await Expect(page.Locator($".field-error[data-field=\"amount-{invoice}\"]")).Not.ToBeEmptyAsync();
        await page.GetByLabel($"Amount for invoice {invoice}").FillAsync("120.00");
        await page.GetByLabel("Test card").SelectOptionAsync(new SelectOptionValue { Label = "Visa ending 4242 — approved" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you — payment received" })).ToBeVisibleAsync();
        await Expect(page.Locator(".receipt")).ToContainTextAsync($"Invoice {invoice}: $120.00");
        await Screens.SaveAsync(page, "portal-receipt");
        Assert.Equal(0.00m, await MoneySteps.DueAsync(api, invoice));
        var office = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/payments");
        await Expect(office.Locator("table tbody tr")).ToContainTextAsync("120.00");
        var payment = Assert.Single((await MoneySteps.GetAsync(api, $"/api/v1/payments?customerId={id}")).GetProperty("items").EnumerateArray());
        Assert.Equal(("succeeded", "Customer portal"), (payment.GetProperty("status").GetString(), payment.GetProperty("initiatedByName").GetString()));
    }

    [Fact]
    public async Task WithStripeTheBrowserConfirmsAPaymentIntentWith3DSecureAndTheSavedCardIsOnTheBillingTab()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var publishableKey = await StripeSteps.SetCompanyKeysAsync(api, "portalStripe7");
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Service call", 80.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Stan", "Stripe", email: "stan@example.test");
        var invoice = await MoneySteps.CreateInvoiceAsync(api, id, item);
        var url = (await MoneySteps.PostMoneyAsync(api, $"/api/v1/invoices/{invoice}/pay-links", new { })).GetProperty("url").GetString()!;
        var page = await chromium.OpenPageAsync(system.BaseAddress);
        await StripeSteps.UseFakeStripeJsAsync(page, system, "pm_card_authenticationRequired");

        await page.GotoAsync(new Uri(url).AbsolutePath);
        await Expect(page.Locator("#stripe-payment-element iframe")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Also use it for my automatic monthly payments")).ToBeDisabledAsync();
        await page.GetByLabel("Save this card or bank account for future payments").CheckAsync();
        await page.GetByLabel("Also use it for my automatic monthly payments").CheckAsync();
        await Screens.SaveAsync(page, "portal-stripe");
        var seen = await page.EvaluateAsync<System.Text.Json.JsonElement>("window.fakeStripeSeen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you — payment received" })).ToBeVisibleAsync();
        Assert.Equal((publishableKey, "payment", "payment", 8000, "off_session"), (seen.GetProperty("publishableKey").GetString(),
            seen.GetProperty("elementType").GetString(), seen.GetProperty("mode").GetString(), seen.GetProperty("amount").GetInt32(),
            seen.GetProperty("setupFutureUsage").GetString()));
        Assert.Equal(0.00m, await MoneySteps.DueAsync(api, invoice));
        var payment = Assert.Single((await MoneySteps.GetAsync(api, $"/api/v1/payments?customerId={id}")).GetProperty("items").EnumerateArray());
        Assert.StartsWith("pi_", payment.GetProperty("transactionId").GetString(), StringComparison.Ordinal);
        var office = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/billing");
        var row = office.Locator("table.billing-methods tbody tr");
        await Expect(row.Locator("td[data-label='Method']")).ToContainTextAsync("3184");
        await Expect(row.Locator("td[data-label='Default']")).ToHaveTextAsync("default");
    }

    [Fact]
    public async Task WithoutALinkTheSubscriberSignsInWithACodeSentToTheEmailOnFile()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var item = await MoneySteps.AddUntaxedItemAsync(api, "Monitoring, one month", 40.00m);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Cody", "Code", email: "cody@example.test");
        await MoneySteps.CreateInvoiceAsync(api, id, item);
        var page = await chromium.OpenPageAsync(system.BaseAddress, 390, 844);

        await page.GotoAsync($"/portal/{tenant}");
        await page.GetByLabel("Email or mobile number").FillAsync("Cody@Example.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email or text me a code" }).ClickAsync();
        await Expect(page.Locator(".sent")).ToContainTextAsync("a code is on its way");
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "portal-signin-phone");
        await Screens.SaveAsync(page, "portal-signin");
        var code = await SentCodeAsync(api, id);
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(code == "000000" ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator(".field-error[data-field=\"code\"]")).ToContainTextAsync("not right");
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello Cody Code" })).ToBeVisibleAsync();
        await Expect(page.Locator(".balance")).ToContainTextAsync("$40.00");
    }

    [Fact]
    public async Task ATamperedOrRevokedLinkShowsAFriendlyPageAndA4xx()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Rex", "Revoked");
        var url = (await MoneySteps.PostMoneyAsync(api, $"/api/v1/customers/{id}/pay-links", new { })).GetProperty("url").GetString()!;
        var listed = await api.GetAsync($"/api/v1/customers/{id}/pay-links");
        using var revoke = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/customers/{id}/pay-links/1");
        revoke.Headers.TryAddWithoutValidation("If-Match", listed.Headers.ETag!.Tag);
        (await api.SendAsync(revoke)).EnsureSuccessStatusCode();
        var path = new Uri(url).AbsolutePath;
        var page = await chromium.OpenPageAsync(system.BaseAddress);

        var revoked = await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This payment link is no longer valid." })).ToBeVisibleAsync();
        await Screens.SaveAsync(page, "portal-refused");
        var tampered = await page.GotoAsync(path[..^2] + (path[^2] == 'x' ? "yy" : "xx"));

        Assert.Equal(410, revoked!.Status);
        Assert.Equal(404, tampered!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This payment link is not valid." })).ToBeVisibleAsync();
    }

    /// <summary>The code in the customer's latest message, read as the office would (the message is on the customer's record).</summary>
    private static async Task<string> SentCodeAsync(HttpClient api, long customer)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var items = (await MoneySteps.GetAsync(api, $"/api/v1/customers/{customer}/messages")).GetProperty("items").EnumerateArray().ToList();
            if (items.Count > 0)
            {
                var text = (await MoneySteps.GetAsync(api, $"/api/v1/messages/{items[0].GetProperty("id").GetInt64()}")).GetProperty("text").GetString()!;
                return System.Text.RegularExpressions.Regex.Match(text, @"\b\d{6}\b").Value;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("No code was sent.");
    }
}

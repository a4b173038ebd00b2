using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Portal;

/// <summary>The portal on the sandbox: bank accounts (processing until they clear) and saving the method with the subscriber's consent.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PortalMethodTests(GatewayFixture fixture) : PortalSession(fixture)
{
    [Fact]
    public async Task ABankAccountIsProcessingUntilItClearsAndIsSavedAsTheDefaultWhenTheSubscriberAsks()
    {
        var (customer, _, first, second) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");
        (await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods", new { kind = "card", token = "pm_card_mastercard", makeDefault = true })).EnsureSuccessStatusCode();
        var body = new { token = "pm_usBankAccount_success", applications = new[] { new { invoiceId = first, amount = 170.00m } }, saveMethod = true, makeDefault = true };

        var paid = await PayAsync(api, body, "bank-key-1");
        var again = await PayAsync(api, body, "bank-key-1");
        var payment = await JsonAsync(paid);
        var receipt = await Anonymous.GetFromJsonAsync<JsonElement>($"{api}/payments/{payment.GetProperty("id").GetInt64()}");
        var held = await PayAsync(api, new { token = "pm_card_visa", applications = new[] { new { invoiceId = first, amount = 1.00m } } });

        Assert.Equal((HttpStatusCode.Created, "processing"), (paid.StatusCode, payment.GetProperty("status").GetString()));
        Assert.Equal(payment.GetProperty("id").GetInt64(), (await JsonAsync(again)).GetProperty("id").GetInt64());
        Assert.Equal(("processing", "STRIPE TEST BANK ending 6789"), (receipt.GetProperty("status").GetString(), receipt.GetProperty("method").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        Assert.Equal((170.00m, 170.00m), (await DueAsync(first), await DueAsync(second)));
        var methods = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/billing-methods")).EnumerateArray().ToList();
        Assert.Equal(2, methods.Count);
        var bank = Assert.Single(methods, m => m.GetProperty("kind").GetString() == "bank_account");
        Assert.True(bank.GetProperty("isDefault").GetBoolean());
        var history = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?limit=200")).GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("entity").GetString() == "billing_method" && r.GetProperty("source").GetString() == "portal").ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains(history, r => r.GetProperty("action").GetString() == "made_default");
    }

    [Fact]
    public async Task WithoutConsentNothingIsSavedAndADefaultWithoutSavingIsRefused()
    {
        var (customer, _, first, _) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");

        var defaultOnly = await PayAsync(api, new { token = "pm_card_visa", applications = new[] { new { invoiceId = first, amount = 10.00m } }, makeDefault = true });
        var declined = await PayAsync(api, new { token = "pm_card_chargeCustomerFail", applications = new[] { new { invoiceId = first, amount = 10.00m } }, saveMethod = true });
        var paid = await PayAsync(api, new { token = "pm_card_visa", applications = new[] { new { invoiceId = first, amount = 10.00m } } });
        var noToken = await PayAsync(api, new { applications = new[] { new { invoiceId = first, amount = 10.00m } } });

        Assert.Equal(HttpStatusCode.BadRequest, defaultOnly.StatusCode);
        Assert.True((await JsonAsync(defaultOnly)).GetProperty("errors").TryGetProperty("makeDefault", out _));
        Assert.Equal("failed", (await JsonAsync(declined)).GetProperty("status").GetString());
        Assert.Equal("succeeded", (await JsonAsync(paid)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.True((await JsonAsync(noToken)).GetProperty("errors").TryGetProperty("token", out _));
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/billing-methods")).EnumerateArray());
        Assert.Equal(160.00m, await DueAsync(first));
    }
}

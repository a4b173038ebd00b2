using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Portal;

/// <summary>
/// The portal on a company with Stripe: a payment intent the browser confirms (3-D Secure and bank accounts through the
/// Payment Element), its outcome learned from Stripe, never charged twice, invoices held meanwhile and released when it ends.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class PortalStripeTests(GatewayFixture fixture) : PortalSession(fixture)
{
    [Fact]
    public async Task TheBrowserConfirmsAPaymentIntentWith3DSecureAndTheWebhookPaysTheInvoicesOnceAndSavesTheCard()
    {
        var secret = await UseStripeAsync();
        var (customer, _, first, second) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");
        var body = new { applications = new[] { new { invoiceId = first, amount = 170.00m }, new { invoiceId = second, amount = 20.00m } }, saveMethod = true };

        var portal = await Anonymous.GetFromJsonAsync<JsonElement>(api);
        var started = await PayAsync(api, body, "stripe-key-1");
        var again = await PayAsync(api, body, "stripe-key-1");
        var held = await PayAsync(api, new { applications = new[] { new { invoiceId = first, amount = 1.00m } } });
        var payment = await JsonAsync(started);
        var repeated = await JsonAsync(again);
        var id = payment.GetProperty("id").GetInt64();
        var intent = (await OfficePaymentAsync(id)).GetProperty("transactionId").GetString()!;
        var succeeded = Fixture.Stripe.ConfirmPaymentIntent(intent, "pm_card_authenticationRequired");
        var delivered = await DeliverWebhookAsync(succeeded, secret);
        var redelivered = await DeliverWebhookAsync(succeeded, secret);

        Assert.Equal(("stripe", true), (portal.GetProperty("processor").GetString(), portal.GetProperty("publishableKey").GetString()!.StartsWith("pk_test_", StringComparison.Ordinal)));
        Assert.Equal((HttpStatusCode.Created, "processing"), (started.StatusCode, payment.GetProperty("status").GetString()));
        Assert.Equal((string?)Fixture.Stripe.FindObject(intent)!["client_secret"], payment.GetProperty("clientSecret").GetString());
        Assert.Equal((id, payment.GetProperty("clientSecret").GetString()), (repeated.GetProperty("id").GetInt64(), repeated.GetProperty("clientSecret").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (delivered.StatusCode, redelivered.StatusCode));
        var office = await OfficePaymentAsync(id);
        Assert.Equal(("succeeded", "Visa ending 3184"), (office.GetProperty("status").GetString(), office.GetProperty("methodDisplay").GetString()));
        Assert.Equal(19000L, Assert.Single(Fixture.Stripe.Charges, c => c.PaymentIntentId == intent && c.Status == "succeeded").Amount);
        Assert.Equal((0.00m, 150.00m), (await DueAsync(first), await DueAsync(second)));
        var receipt = await Anonymous.GetFromJsonAsync<JsonElement>($"{api}/payments/{id}");
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("clientSecret").ValueKind);
        var saved = Assert.Single((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/billing-methods")).EnumerateArray());
        Assert.Equal(("Visa ending 3184", true), (saved.GetProperty("display").GetString(), saved.GetProperty("isDefault").GetBoolean()));
        var history = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?limit=200")).GetProperty("items").EnumerateArray();
        Assert.Contains(history, r => r.GetProperty("entity").GetString() == "billing_method" && r.GetProperty("source").GetString() == "portal");
    }

    [Fact]
    public async Task ADeclinedAttemptCancelsTheIntentFailsThePaymentAndReleasesTheInvoices()
    {
        var secret = await UseStripeAsync();
        var (customer, _, first, _) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/invoices/{first}/pay-links");
        var body = new { applications = new[] { new { invoiceId = first, amount = 170.00m } }, saveMethod = true };

        var id = (await JsonAsync(await PayAsync(api, body))).GetProperty("id").GetInt64();
        var intent = (await OfficePaymentAsync(id)).GetProperty("transactionId").GetString()!;
        var failed = Fixture.Stripe.ConfirmPaymentIntent(intent, "pm_card_chargeDeclinedInsufficientFunds");
        var delivered = await DeliverWebhookAsync(failed, secret);
        var retry = await PayAsync(api, body);

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        var office = await OfficePaymentAsync(id);
        Assert.Equal("failed", office.GetProperty("status").GetString());
        Assert.Contains("insufficient", office.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("canceled", (string?)Fixture.Stripe.FindObject(intent)!["status"]);
        Assert.Throws<InvalidOperationException>(() => Fixture.Stripe.ConfirmPaymentIntent(intent, "pm_card_visa"));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(170.00m, await DueAsync(first));
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/billing-methods")).EnumerateArray());
    }

    [Fact]
    public async Task AnAbandonedPaymentIsCancelledAfterTheTimeoutAndItsInvoicesReleased()
    {
        await UseStripeAsync();
        var (customer, _, first, _) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");
        var body = new { applications = new[] { new { invoiceId = first, amount = 170.00m } } };

        var id = (await JsonAsync(await PayAsync(api, body))).GetProperty("id").GetInt64();
        var intent = (await OfficePaymentAsync(id)).GetProperty("transactionId").GetString()!;
        var waiting = await Anonymous.GetFromJsonAsync<JsonElement>($"{api}/payments/{id}");
        var receipt = await ReceiptUntilAsync(api, id, "failed", GatewayFixture.BrowserPaymentTimeout * 4);

        Assert.Equal("processing", waiting.GetProperty("status").GetString());
        Assert.Equal("failed", receipt.GetProperty("status").GetString());
        Assert.Contains("not completed in time", receipt.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("canceled", (string?)Fixture.Stripe.FindObject(intent)!["status"]);
        Assert.DoesNotContain(Fixture.Stripe.Charges, c => c.PaymentIntentId == intent);
        Assert.Equal(HttpStatusCode.Created, (await PayAsync(api, new { token = (string?)null, applications = body.applications })).StatusCode);
    }

    [Fact]
    public async Task ABankAccountThroughThePaymentElementIsProcessingUntilItSettles()
    {
        var secret = await UseStripeAsync();
        var (customer, _, first, _) = await CustomerOwingAsync();
        var (api, _) = await PayLinkAsync($"/api/v1/customers/{customer}/pay-links");

        var id = (await JsonAsync(await PayAsync(api, new { applications = new[] { new { invoiceId = first, amount = 170.00m } } }))).GetProperty("id").GetInt64();
        var intent = (await OfficePaymentAsync(id)).GetProperty("transactionId").GetString()!;
        Fixture.Stripe.ConfirmPaymentIntent(intent, "pm_usBankAccount_success");
        var processing = await Anonymous.GetFromJsonAsync<JsonElement>($"{api}/payments/{id}");
        var settled = await DeliverWebhookAsync(Fixture.Stripe.SettleBankPayment(intent, succeeded: true), secret);

        Assert.Equal(("processing", "STRIPE TEST BANK ending 6789"), (processing.GetProperty("status").GetString(), processing.GetProperty("method").GetString()));
        Assert.Equal(JsonValueKind.Null, processing.GetProperty("clientSecret").ValueKind);
        Assert.Equal(HttpStatusCode.OK, settled.StatusCode);
        Assert.Equal("succeeded", (await OfficePaymentAsync(id)).GetProperty("status").GetString());
        Assert.Equal(0.00m, await DueAsync(first));
    }
}

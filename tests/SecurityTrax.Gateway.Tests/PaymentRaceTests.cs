using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Money that arrives after its invoice refused it stays on the payment, unapplied, and the payment says why (issue 15 point 12).</summary>
[Collection(GatewayCollection.Name)]
public sealed class PaymentRaceTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task ADebitThatSettlesAfterItsInvoiceWasVoidedStaysUnappliedAndItsLogSaysWhy()
    {
        var customer = await CustomerWithCardAsync("pm_usBankAccount_success", "bank_account");
        var invoice = await LabourInvoiceAsync(customer);
        var pending = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { }, "debit")));
        var etag = (await Admin.GetAsync($"/api/v1/invoices/{invoice}")).Headers.ETag!.Tag;

        var voided = await CustomerApiClient.SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/void", etag);
        var intent = new JsonObject { ["id"] = PaymentsApiTests.S(pending, "transactionId"), ["object"] = "payment_intent", ["status"] = "succeeded" };
        var settledEvent = await DeliverAsync(FakeStripeWebhooks.EventJson("payment_intent.succeeded", intent, DateTimeOffset.UtcNow, "evt_" + Guid.NewGuid().ToString("N")));
        var settled = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{pending.GetProperty("id").GetInt64()}");

        Assert.Equal(("processing", HttpStatusCode.OK, HttpStatusCode.OK), (PaymentsApiTests.S(pending, "status"), voided.StatusCode, settledEvent.StatusCode));
        Assert.Equal(("succeeded", 170.00m, 0), (PaymentsApiTests.S(settled, "status"), settled.GetProperty("unapplied").GetDecimal(), settled.GetProperty("applications").GetArrayLength()));
        var refused = Assert.Single(settled.GetProperty("log").EnumerateArray(), l => PaymentsApiTests.S(l, "step") == "application_refused");
        Assert.Contains($"Invoice {invoice} is void", PaymentsApiTests.S(refused, "detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvoiceWithAPaymentInProgressIsNotDeleted()
    {
        var customer = await CustomerWithCardAsync("pm_usBankAccount_success", "bank_account");
        var invoice = await LabourInvoiceAsync(customer);
        (await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { }, "debit"))).EnsureSuccessStatusCode();
        var etag = (await Admin.GetAsync($"/api/v1/invoices/{invoice}")).Headers.ETag!.Tag;

        var deleted = await CustomerApiClient.SendAsync(Admin, HttpMethod.Delete, $"/api/v1/invoices/{invoice}", etag);

        await Problems.AssertAsync(deleted, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Contains("in progress", await deleted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Admin.GetAsync($"/api/v1/invoices/{invoice}")).StatusCode);
    }

    private Task<HttpResponseMessage> DeliverAsync(string payload)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/stripe/{Tenant}") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", FakeStripeWebhooks.SignatureHeader(payload, GatewayFixture.StripeWebhookSecret, DateTimeOffset.UtcNow));
        return Fixture.Http.SendAsync(request);
    }
}

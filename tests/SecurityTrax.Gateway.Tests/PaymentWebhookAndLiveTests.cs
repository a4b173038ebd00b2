using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Stripe webhooks settling a bank debit, and payment outcomes pushed live to the initiator and the customer's viewers.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PaymentWebhookAndLiveTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ASignedWebhookSettlesABankDebitOnceAndAForgedOneIsRejected()
    {
        var customer = await CustomerWithCardAsync("pm_usBankAccount_success", "bank_account");
        var invoice = await LabourInvoiceAsync(customer);
        var pending = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { }, "k1")));
        var intent = new JsonObject { ["id"] = PaymentsApiTests.S(pending, "transactionId"), ["object"] = "payment_intent", ["status"] = "succeeded" };
        var payload = FakeStripeWebhooks.EventJson("payment_intent.succeeded", intent, DateTimeOffset.UtcNow, "evt_" + Guid.NewGuid().ToString("N"));

        var forged = await DeliverAsync(payload, "whsec_someone_else");
        var stillPending = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{pending.GetProperty("id").GetInt64()}");
        var accepted = await DeliverAsync(payload, GatewayFixture.StripeWebhookSecret);
        var duplicate = await DeliverAsync(payload, GatewayFixture.StripeWebhookSecret);
        var settled = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{pending.GetProperty("id").GetInt64()}");

        Assert.Equal(("processing", HttpStatusCode.BadRequest, "processing"), (PaymentsApiTests.S(pending, "status"), forged.StatusCode, PaymentsApiTests.S(stillPending, "status")));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (accepted.StatusCode, duplicate.StatusCode));
        Assert.Equal("succeeded", PaymentsApiTests.S(settled, "status"));
        Assert.Single(settled.GetProperty("log").EnumerateArray(), l => PaymentsApiTests.S(l, "step") == "succeeded");
        Assert.Equal(0m, (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal());
    }

    [Fact]
    public async Task AnEventAboutOurPaymentNotFoundYetAnswers409SoStripeSendsItAgain()
    {
        var intent = new JsonObject
        {
            ["id"] = "pi_" + Guid.NewGuid().ToString("N")[..24], ["object"] = "payment_intent", ["status"] = "succeeded",
            ["metadata"] = new JsonObject { ["tenant"] = Tenant, ["payment"] = "987654" },
        };
        var payload = FakeStripeWebhooks.EventJson("payment_intent.succeeded", intent, DateTimeOffset.UtcNow, "evt_" + Guid.NewGuid().ToString("N"));

        var first = await DeliverAsync(payload, GatewayFixture.StripeWebhookSecret);
        var second = await DeliverAsync(payload, GatewayFixture.StripeWebhookSecret);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
    }

    [Fact]
    public async Task ADisputeFromStripeStopsRefundsAndIsInThePaymentsLog()
    {
        var customer = await CustomerWithCardAsync();
        var paid = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 90.00m }, "k2")));
        var id = paid.GetProperty("id").GetInt64();
        var dispute = new JsonObject
        {
            ["id"] = "dp_" + Guid.NewGuid().ToString("N")[..12], ["object"] = "dispute", ["amount"] = 9000, ["currency"] = "usd",
            ["payment_intent"] = PaymentsApiTests.S(paid, "transactionId"), ["reason"] = "fraudulent", ["status"] = "needs_response",
        };
        var payload = FakeStripeWebhooks.EventJson("charge.dispute.created", dispute, DateTimeOffset.UtcNow, "evt_" + Guid.NewGuid().ToString("N"));

        var delivered = await DeliverAsync(payload, GatewayFixture.StripeWebhookSecret);
        var after = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{id}");
        var refund = await Admin.SendAsync(Post($"/api/v1/payments/{id}/refunds", new { amount = 10.00m }, "k3"));

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal((0m, "disputed"), (after.GetProperty("refundable").GetDecimal(), PaymentsApiTests.S(after.GetProperty("log").EnumerateArray().Last(), "step")));
        Assert.Equal(HttpStatusCode.BadRequest, refund.StatusCode);
    }

    [Fact]
    public async Task ARefundMadeInTheStripeDashboardBecomesOneRefundPaymentAndOurOwnRefundsAreNotCountedTwice()
    {
        var customer = await CustomerWithCardAsync();
        var invoice = await LabourInvoiceAsync(customer);
        var paid = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { }, "k4")));
        var id = paid.GetProperty("id").GetInt64();
        var intent = PaymentsApiTests.S(paid, "transactionId");
        var outside = Refund("re_" + Guid.NewGuid().ToString("N")[..20], 5000, intent);
        var charge = new JsonObject
        {
            ["id"] = "ch_" + Guid.NewGuid().ToString("N")[..20], ["object"] = "charge", ["amount"] = 17000, ["amount_refunded"] = 5000, ["refunded"] = false,
            ["payment_intent"] = intent, ["refunds"] = new JsonObject { ["object"] = "list", ["data"] = new JsonArray(outside.DeepClone()) },
        };

        var created = await DeliverAsync(Event("refund.created", outside), GatewayFixture.StripeWebhookSecret);
        await DeliverAsync(Event("refund.updated", outside), GatewayFixture.StripeWebhookSecret);
        await DeliverAsync(Event("charge.refunded", charge), GatewayFixture.StripeWebhookSecret);
        var afterOutside = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{id}");
        var dueAfterOutside = (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal();
        var ours = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/payments/{id}/refunds", new { amount = 20.00m }, "k5")));
        await DeliverAsync(Event("refund.created", Refund(PaymentsApiTests.S(ours, "transactionId")!, 2000, intent)), GatewayFixture.StripeWebhookSecret);
        var after = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{id}");
        var refundRow = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{after.GetProperty("refunds")[0].GetProperty("refundPaymentId").GetInt64()}");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal((50.00m, 1, 50.00m), (afterOutside.GetProperty("refunded").GetDecimal(), afterOutside.GetProperty("refunds").GetArrayLength(), dueAfterOutside));
        Assert.Equal((70.00m, 2), (after.GetProperty("refunded").GetDecimal(), after.GetProperty("refunds").GetArrayLength()));
        Assert.Equal(("refund", -50.00m, id, (string?)outside["id"]),
            (PaymentsApiTests.S(refundRow, "type"), refundRow.GetProperty("amount").GetDecimal(), refundRow.GetProperty("originalPaymentId").GetInt64(), PaymentsApiTests.S(refundRow, "transactionId")));
        Assert.Equal(70.00m, (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal());
    }

    private static JsonObject Refund(string refundId, long cents, string? intent) => new()
    {
        ["id"] = refundId, ["object"] = "refund", ["amount"] = cents, ["currency"] = "usd", ["payment_intent"] = intent,
        ["status"] = "succeeded", ["metadata"] = new JsonObject(),
    };

    private static string Event(string type, JsonObject data) =>
        FakeStripeWebhooks.EventJson(type, data, DateTimeOffset.UtcNow, "evt_" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task TheInitiatorAndEveryoneViewingTheCustomerHearOfSuccessFailureAndRefundAtOnce()
    {
        var customer = await CustomerWithCardAsync();
        var declining = await CustomerWithCardAsync("pm_card_chargeCustomerFail");
        var adminToken = PaymentsApiTests.S(await Fixture.TokenAsync(Tenant, "admin", Password), "accessToken")!;
        var viewerName = GatewayFixture.NewName("viewer");
        await Fixture.CreateUserAsync(Admin, viewerName, "Office");
        var viewerToken = PaymentsApiTests.S(await Fixture.TokenAsync(Tenant, viewerName, "a-good-password"), "accessToken")!;
        await using var initiator = await LiveClient.ConnectAsync(Fixture.Gateway, adminToken);
        await using var viewer = await LiveClient.ConnectAsync(Fixture.Gateway, viewerToken);
        await viewer.WatchCustomerAsync(customer);
        await viewer.WatchCustomerAsync(declining);

        var paid = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 20.00m }, "k6")));
        var succeeded = (await initiator.NextAsync(Wait), await viewer.NextCustomerEventAsync(Wait));
        await Admin.SendAsync(Post($"/api/v1/customers/{declining}/payments", new { amount = 20.00m }, "k7"));
        var failed = (await initiator.NextAsync(Wait), await viewer.NextCustomerEventAsync(Wait));
        await Admin.SendAsync(Post($"/api/v1/payments/{paid.GetProperty("id").GetInt64()}/refunds", new { amount = 5.00m }, "k-refund"));
        var refunded = (await initiator.NextAsync(Wait), await viewer.NextCustomerEventAsync(Wait));
        var inbox = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications?after=0");

        Assert.Equal(("payment.succeeded", "payment.succeeded", customer), (PaymentsApiTests.S(succeeded.Item1, "kind"), PaymentsApiTests.S(succeeded.Item2, "kind"), succeeded.Item2.GetProperty("customerId").GetInt64()));
        Assert.Equal(("payment.failed", "payment.failed", declining), (PaymentsApiTests.S(failed.Item1, "kind"), PaymentsApiTests.S(failed.Item2, "kind"), failed.Item2.GetProperty("customerId").GetInt64()));
        // Payloads are typed: ids are numbers, amounts are money (5.00 as a number, never "5.00").
        Assert.Equal(("payment.refunded", JsonValueKind.Number, "5.00"), (PaymentsApiTests.S(refunded.Item1, "kind"),
            refunded.Item2.GetProperty("data").GetProperty("amount").ValueKind, refunded.Item2.GetProperty("data").GetProperty("amount").GetRawText()));
        Assert.Equal(paid.GetProperty("id").GetInt64(), succeeded.Item1.GetProperty("data").GetProperty("paymentId").GetInt64());
        Assert.False(viewer.TryTake(out _));
        Assert.Equal(["payment.succeeded", "payment.failed", "payment.refunded"],
            inbox.EnumerateArray().Select(n => PaymentsApiTests.S(n, "kind")).Where(k => k!.StartsWith("payment.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WatchingACustomerNeedsCustomersView()
    {
        var customer = await CustomerAsync();
        var name = GatewayFixture.NewName("nocust");
        var role = await Admin.PostAsJsonAsync("/api/v1/roles", new { name = GatewayFixture.NewName("Payments only"), grants = new[] { "payments.view" } });
        role.EnsureSuccessStatusCode();
        await Fixture.CreateUserAsync(Admin, name, PaymentsApiTests.S(await JsonAsync(role), "name")!);
        var token = PaymentsApiTests.S(await Fixture.TokenAsync(Tenant, name, "a-good-password"), "accessToken")!;
        await using var live = await LiveClient.ConnectAsync(Fixture.Gateway, token);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => live.WatchCustomerAsync(customer));

        Assert.Contains("customers.view", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientCannotPostOutcomesRefundsOrApplicationsThroughTheSiloOnlyInterfaces()
    {
        var customer = await CustomerWithCardAsync("pm_usBankAccount_success", "bank_account");
        var invoice = await LabourInvoiceAsync(customer);
        var pending = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 20.00m }, "k8")));
        var id = pending.GetProperty("id").GetInt64();
        var client = Fixture.Gateway.Services.GetRequiredService<IClusterClient>();
        CallerContext.Set(new Caller(Tenant, "admin-id", "admin", "api", null, null));

        var outcome = await Assert.ThrowsAsync<SecurityTraxException>(() =>
            client.GetGrain<IPaymentStepsGrain>(GrainKeys.For(Tenant, PaymentKeys.Id(id))).ProcessorEventAsync("evt_forged", "succeeded", null));
        var application = await Assert.ThrowsAsync<SecurityTraxException>(() =>
            client.GetGrain<IInvoicePaymentsGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(invoice))).SetPaymentApplicationAsync("x", id, 170.00m));

        Assert.Equal((ErrorKind.NotFound, ErrorKind.NotFound), (outcome.Kind, application.Kind));
        Assert.Equal("processing", PaymentsApiTests.S(await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{id}"), "status"));
        Assert.Equal(170.00m, (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal());
    }

    private Task<HttpResponseMessage> DeliverAsync(string payload, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/stripe/{Tenant}") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", FakeStripeWebhooks.SignatureHeader(payload, secret, DateTimeOffset.UtcNow));
        return Fixture.Http.SendAsync(request);
    }
}

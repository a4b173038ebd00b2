using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A gateway dying while a money request it started waits at Stripe: the client's retry through another gateway finishes it once.</summary>
public sealed class GatewayCrashTests : IAsyncLifetime
{
    private PrivateSystem _system = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _first = null!;
    private HttpClient _viaFirst = null!;
    private HttpClient _viaSecond = null!;

    public async Task InitializeAsync()
    {
        _system = await PrivateSystem.StartAsync();
        _first = _system.StartGateway();
        _viaFirst = await PrivateSystem.SignInAsync(_first);
        _viaSecond = await PrivateSystem.SignInAsync(_system.StartGateway());
    }

    public async Task DisposeAsync()
    {
        _viaFirst.Dispose();
        _viaSecond.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task APaymentWhoseGatewayDiedMidChargeIsFinishedOnceByTheRetryThroughAnotherGateway()
    {
        var customer = await PrivateSystem.CustomerWithCardAsync(_viaFirst);

        var retried = await CrashThenRetryAsync("/v1/payment_intents", () => PrivateSystem.Pay(customer, 42.00m, "crash-pay-1"));
        var payment = await retried.Content.ReadFromJsonAsync<JsonElement>();
        var payments = await _viaSecond.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}");

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(4200L, Assert.Single(_system.Stripe.Charges).Amount);
        Assert.Equal(payment.GetProperty("id").GetInt64(), Assert.Single(payments.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Contains(payment.GetProperty("status").GetString(), new[] { "succeeded", "processing" });
    }

    [Fact]
    public async Task ARefundWhoseGatewayDiedMidRefundIsFinishedOnceByTheRetryThroughAnotherGateway()
    {
        var customer = await PrivateSystem.CustomerWithCardAsync(_viaFirst);
        var payment = await IdOfAsync(await _viaFirst.SendAsync(PrivateSystem.Pay(customer, 80.00m, "crash-refund-pay")));

        var retried = await CrashThenRetryAsync("/v1/refunds", () => Post($"/api/v1/payments/{payment}/refunds", new { amount = 30.00m }, "crash-refund-1"));
        var refund = await retried.Content.ReadFromJsonAsync<JsonElement>();
        var original = await _viaSecond.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{payment}");

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(3000L, Assert.Single(_system.Stripe.Refunds).Amount);
        Assert.Equal((-30.00m, payment), (refund.GetProperty("amount").GetDecimal(), refund.GetProperty("originalPaymentId").GetInt64()));
        Assert.Equal(50.00m, original.GetProperty("refundable").GetDecimal());
    }

    [Fact]
    public async Task AVoidWhoseGatewayDiedMidCancelIsFinishedOnceByTheRetryThroughAnotherGateway()
    {
        var customer = await PrivateSystem.CustomerWithCardAsync(_viaFirst, "bank_account", "pm_usBankAccount_success");
        var debit = await _viaFirst.SendAsync(PrivateSystem.Pay(customer, 60.00m, "crash-void-pay"));
        var payment = await IdOfAsync(debit);
        using var read = await _viaFirst.GetAsync($"/api/v1/payments/{payment}");
        var (etag, intent) = (read.Headers.ETag!.Tag, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("transactionId").GetString());

        var retried = await CrashThenRetryAsync($"/v1/payment_intents/{intent}/cancel", () =>
        {
            var request = Post($"/api/v1/payments/{payment}/void", new { reason = "Entered twice" }, "crash-void-1");
            request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(etag));
            return request;
        });
        var voided = await retried.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("voided", voided.GetProperty("status").GetString());
        Assert.Equal("canceled", (string?)_system.Stripe.FindObject(intent!)!["status"]);
        Assert.Equal(1, _system.Stripe.Requests.Count(r => r.Path == $"/v1/payment_intents/{intent}/cancel" && !r.Replayed));
    }

    /// <summary>
    /// Sends the request through the first gateway, lets Stripe act on it and withhold the answer, kills that gateway,
    /// lets the dead request's key lease run out, and sends the same request (same key) through the second gateway.
    /// </summary>
    private async Task<HttpResponseMessage> CrashThenRetryAsync(string stripePath, Func<HttpRequestMessage> request)
    {
        var acted = _system.Stripe.FailNextRequest(FakeStripeFault.HangAfterProcessing, stripePath);
        var lost = _viaFirst.SendAsync(request());
        await acted.WaitAsync(TimeSpan.FromSeconds(30));
        await _first.DisposeAsync();
        await Record.ExceptionAsync(() => lost);
        _system.Clock.Advance(TimeSpan.FromMinutes(2));
        return await _viaSecond.SendAsync(request());
    }

    private static async Task<long> IdOfAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static HttpRequestMessage Post(string path, object body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }
}

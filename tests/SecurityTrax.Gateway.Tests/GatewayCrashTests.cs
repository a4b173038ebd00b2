using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A gateway dying while a payment it started waits at the processor: a retry through another gateway charges once.</summary>
public sealed class GatewayCrashTests : IAsyncLifetime
{
    private PrivateSystem _system = null!;

    public async Task InitializeAsync() => _system = await PrivateSystem.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task APaymentWhoseGatewayDiedMidChargeIsFinishedOnceByTheRetryThroughAnotherGateway()
    {
        var first = _system.StartGateway();
        var second = _system.StartGateway();
        using var viaFirst = await PrivateSystem.SignInAsync(first);
        using var viaSecond = await PrivateSystem.SignInAsync(second);
        var customer = await PrivateSystem.CustomerWithCardAsync(viaFirst);
        var charged = _system.Stripe.FailNextRequest(FakeStripeFault.HangAfterProcessing, "/v1/payment_intents");

        var lost = viaFirst.SendAsync(PrivateSystem.Pay(customer, 42.00m, "crash-pay-1"));
        await charged.WaitAsync(TimeSpan.FromSeconds(30));
        await first.DisposeAsync();
        await Record.ExceptionAsync(() => lost);
        // The key's lease of the dead gateway's request runs out; the client's retry then carries the request on.
        _system.Clock.Advance(TimeSpan.FromMinutes(2));
        var retried = await viaSecond.SendAsync(PrivateSystem.Pay(customer, 42.00m, "crash-pay-1"));
        var payment = await retried.Content.ReadFromJsonAsync<JsonElement>();
        var payments = await viaSecond.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}");

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(4200L, Assert.Single(_system.Stripe.Charges).Amount);
        Assert.Equal(payment.GetProperty("id").GetInt64(), Assert.Single(payments.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Contains(payment.GetProperty("status").GetString(), new[] { "succeeded", "processing" });
    }

    [Fact]
    public async Task ARefundWhoseGatewayDiedMidRefundIsFinishedOnceByTheRetryThroughAnotherGateway()
    {
        var first = _system.StartGateway();
        var second = _system.StartGateway();
        using var viaFirst = await PrivateSystem.SignInAsync(first);
        using var viaSecond = await PrivateSystem.SignInAsync(second);
        var customer = await PrivateSystem.CustomerWithCardAsync(viaFirst);
        var paid = await viaFirst.SendAsync(PrivateSystem.Pay(customer, 80.00m, "crash-refund-pay"));
        var payment = (await paid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var refunded = _system.Stripe.FailNextRequest(FakeStripeFault.HangAfterProcessing, "/v1/refunds");

        var lost = viaFirst.SendAsync(Refund(payment, "crash-refund-1"));
        await refunded.WaitAsync(TimeSpan.FromSeconds(30));
        await first.DisposeAsync();
        await Record.ExceptionAsync(() => lost);
        _system.Clock.Advance(TimeSpan.FromMinutes(2));
        var retried = await viaSecond.SendAsync(Refund(payment, "crash-refund-1"));
        var refund = await retried.Content.ReadFromJsonAsync<JsonElement>();
        var original = await viaSecond.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{payment}");

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(3000L, Assert.Single(_system.Stripe.Refunds).Amount);
        Assert.Equal((-30.00m, payment), (refund.GetProperty("amount").GetDecimal(), refund.GetProperty("originalPaymentId").GetInt64()));
        Assert.Equal(50.00m, original.GetProperty("refundable").GetDecimal());
    }

    private static HttpRequestMessage Refund(long payment, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/payments/{payment}/refunds") { Content = JsonContent.Create(new { amount = 30.00m }) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }
}

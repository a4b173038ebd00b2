using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Ids named in a payment's body are fields of the request: an unknown one is a 400 naming it, not a 404.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PaymentBodyIdTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task AnUnknownBillingMethodInThePaymentsBodyIsABadFieldAndRecordsNothing()
    {
        var customer = await CustomerWithCardAsync();
        var card = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/billing-methods"))[0].GetProperty("id").GetInt64();

        var unknown = await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 20.00m, billingMethodId = card + 1 }, Guid.NewGuid().ToString("N")));
        var errors = await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        var payments = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}");

        Assert.Equal(["billingMethodId"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(
            $"Customer {customer} has no billing method with this id (never saved, or removed).",
            errors.GetProperty("billingMethodId")[0].GetString());
        Assert.Empty(payments.GetProperty("items").EnumerateArray());
    }
}

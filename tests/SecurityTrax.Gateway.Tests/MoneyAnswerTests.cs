using System.Net;
using System.Net.Http.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Money reads the same in every answer: two decimals, as a number.</summary>
[Collection(GatewayCollection.Name)]
public sealed class MoneyAnswerTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task MoneyIsAnsweredWithTwoDecimalsAndRatesAsTheyAre()
    {
        var created = await Admin.PostAsJsonAsync("/api/v1/customers", new { firstName = "Mo", lastName = "Ney", activationFee = 99.5m, monthlyMonitoringRate = 40m });
        var customer = await Admin.GetStringAsync(created.Headers.Location!.OriginalString);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt64();
        var paid = await Admin.SendAsync(Post($"/api/v1/customers/{id}/payments", new { amount = 12.5m, manualKind = "cash" }, GatewayFixture.NewName("k")));
        var payment = await paid.Content.ReadAsStringAsync();
        var rates = await Admin.GetStringAsync("/api/v1/catalog");

        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        Assert.Contains("\"activationFee\":99.50,", customer, StringComparison.Ordinal);
        Assert.Contains("\"monthlyMonitoringRate\":40.00,", customer, StringComparison.Ordinal);
        Assert.Contains("\"amount\":12.50,", payment, StringComparison.Ordinal);
        Assert.Contains("\"unapplied\":12.50,", payment, StringComparison.Ordinal);
        Assert.Contains("\"rate\":8.375,", rates, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDocumentStillDescribesMoneyAsANumber()
    {
        var document = await Admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");

        var customer = document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Single(s => s.Value.TryGetProperty("properties", out var p) && p.TryGetProperty("confidentialRevealed", out _)).Value;
        var fee = customer.GetProperty("properties").GetProperty("activationFee");
        Assert.True(fee.TryGetProperty("type", out var type), fee.GetRawText());
        Assert.Equal("number", type.GetString());
    }
}

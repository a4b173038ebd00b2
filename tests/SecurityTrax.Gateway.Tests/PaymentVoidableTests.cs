using System.Net.Http.Headers;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A payment's <c>voidable</c> says whether a void would be accepted now, so a client offers Void only there.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PaymentVoidableTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task CashAndUnsettledBankDebitsAreVoidableAndSettledCardsRefundsAndVoidedOnesAreNot()
    {
        var customer = await CustomerAsync();
        var cash = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 50.00m, manualKind = "cash" }, Key())));
        var bank = await CustomerWithCardAsync("pm_usBankAccount_success", "bank_account");
        var debit = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{bank}/payments", new { amount = 30.00m }, Key())));
        var card = await CustomerWithCardAsync();
        var charged = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{card}/payments", new { amount = 25.00m }, Key())));
        var refund = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/payments/{Id(charged)}/refunds", new { amount = 5.00m }, Key())));

        var cashBefore = await ReadAsync(Id(cash));
        var voided = await VoidAsync(Id(cash), cashBefore.ETag);

        Assert.Equal(("succeeded", true), (PaymentsApiTests.S(cashBefore.Body, "status"), Voidable(cashBefore.Body)));
        Assert.Equal(("processing", true), (PaymentsApiTests.S(debit, "status"), Voidable((await ReadAsync(Id(debit))).Body)));
        Assert.Equal(("voided", false), (PaymentsApiTests.S(voided, "status"), Voidable(voided)));
        Assert.False(Voidable((await ReadAsync(Id(charged))).Body));
        Assert.False(Voidable(refund));
    }

    private static string Key() => Guid.NewGuid().ToString("N");

    private static long Id(JsonElement payment) => payment.GetProperty("id").GetInt64();

    private static bool Voidable(JsonElement payment) => payment.GetProperty("voidable").GetBoolean();

    private async Task<(string ETag, JsonElement Body)> ReadAsync(long id)
    {
        var response = await Admin.GetAsync($"/api/v1/payments/{id}");
        response.EnsureSuccessStatusCode();
        return (response.Headers.ETag!.ToString(), await JsonAsync(response));
    }

    private async Task<JsonElement> VoidAsync(long id, string etag)
    {
        var request = Post($"/api/v1/payments/{id}/void", new { }, Key());
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        var response = await Admin.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await JsonAsync(response);
    }
}

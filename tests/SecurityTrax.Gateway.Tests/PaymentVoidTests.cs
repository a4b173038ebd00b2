using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Voiding payments through the gateway: recorded ones are taken back, unsettled sandbox debits cancelled, settled ones refused.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PaymentVoidTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task VoidingACashPaymentReopensTheInvoiceAndShowsVoidedInTheListAndHistoryAndARepeatAnswersTheSame()
    {
        var customer = await CustomerAsync();
        var invoice = await LabourInvoiceAsync(customer);
        var paid = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { manualKind = "cash" }, "pay-cash")));
        var id = paid.GetProperty("id").GetInt64();
        var dueAfterPaying = (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal();

        var (etag, _) = await ReadPaymentAsync(Admin, id);
        var token = S(await Fixture.TokenAsync(Tenant, "admin", Password), "accessToken")!;
        await using var viewer = await LiveClient.ConnectAsync(Fixture.Gateway, token);
        await viewer.WatchCustomerAsync(customer);
        var voided = await VoidAsync(Admin, id, etag, new { reason = "Entered on the wrong customer" });
        var pushed = await viewer.NextCustomerEventAsync(TimeSpan.FromSeconds(15));
        var repeated = await VoidAsync(Admin, id, etag, new { });
        var body = await JsonAsync(voided);
        var list = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?status=voided&customerId={customer}");
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?action=voided");

        Assert.Equal(0m, dueAfterPaying);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (voided.StatusCode, repeated.StatusCode));
        Assert.Equal(("voided", "Entered on the wrong customer", 0m), (S(body, "status"), S(body, "reason"), body.GetProperty("unapplied").GetDecimal()));
        Assert.Empty(body.GetProperty("applications").EnumerateArray());
        Assert.Equal(170.00m, (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal());
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
        var row = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.Equal(("succeeded", "voided"), (S(row, "oldValue"), S(row, "newValue")));
        Assert.Equal("voided", S(await JsonAsync(repeated), "status"));
        Assert.Equal(("payment.voided", customer), (S(pushed, "kind"), pushed.GetProperty("customerId").GetInt64()));
        var inbox = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications?after=0");
        Assert.Single(inbox.EnumerateArray(), n => S(n, "kind") == "payment.voided");
    }

    [Fact]
    public async Task AnUnsettledSandboxBankDebitIsCancelledAndAPaidCardPaymentIsRefusedWithRefundItInstead()
    {
        var bank = await CustomerWithCardAsync("pm_usBankAccount_success", "bank_account");
        var invoice = await LabourInvoiceAsync(bank);
        var pending = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { }, "pay-bank")));
        var card = await CustomerWithCardAsync();
        var paid = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{card}/payments", new { amount = 25.00m }, "card-1")));

        var (pendingTag, _) = await ReadPaymentAsync(Admin, pending.GetProperty("id").GetInt64());
        var voided = await JsonAsync(await VoidAsync(Admin, pending.GetProperty("id").GetInt64(), pendingTag, new { }));
        var (paidTag, _) = await ReadPaymentAsync(Admin, paid.GetProperty("id").GetInt64());
        var refused = await VoidAsync(Admin, paid.GetProperty("id").GetInt64(), paidTag, new { });
        var (_, afterRefusal) = await ReadPaymentAsync(Admin, paid.GetProperty("id").GetInt64());

        Assert.Equal(("processing", "voided"), (S(pending, "status"), S(voided, "status")));
        Assert.Contains(voided.GetProperty("log").EnumerateArray(), l => S(l, "step") == "voided" && S(l, "detail")!.Contains("cancelled", StringComparison.Ordinal));
        Assert.Equal(170.00m, (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("refund it instead", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("succeeded", 25.00m), (S(afterRefusal, "status"), afterRefusal.GetProperty("refundable").GetDecimal()));
    }

    [Fact]
    public async Task WithoutTheGrantFromAnotherCompanyOrWithAStaleETagNothingIsVoided()
    {
        var customer = await CustomerAsync();
        var invoice = await LabourInvoiceAsync(customer);
        var paid = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 200.00m, manualKind = "check", reference = "1042" }, "check-1")));
        var id = paid.GetProperty("id").GetInt64();
        var (stale, _) = await ReadPaymentAsync(Admin, id);
        (await CustomerApiClient.SendAsync(Admin, HttpMethod.Post, $"/api/v1/payments/{id}/applications", stale, new { invoiceId = invoice, amount = 50.00m }, "apply-1")).EnsureSuccessStatusCode();
        var (current, _) = await ReadPaymentAsync(Admin, id);
        using var sales = await UserAsync("Sales");
        var other = await Fixture.CreateTenantAsync("other-admin-password");
        using var otherAdmin = await Fixture.SignInAsync(other, "admin", "other-admin-password");

        var forbidden = await VoidAsync(sales, id, current, new { });
        var foreign = await VoidAsync(otherAdmin, id, current, new { });
        var outdated = await VoidAsync(Admin, id, stale, new { });
        var (_, after) = await ReadPaymentAsync(Admin, id);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        await Problems.AssertAsync(outdated, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        Assert.Equal(("succeeded", 150.00m), (S(after, "status"), after.GetProperty("unapplied").GetDecimal()));
        Assert.Equal(120.00m, (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal());
    }

    private static string? S(JsonElement e, string name) => PaymentsApiTests.S(e, name);

    private static Task<HttpResponseMessage> VoidAsync(HttpClient client, long id, string etag, object body)
    {
        var request = Post($"/api/v1/payments/{id}/void", body, Guid.NewGuid().ToString("N"));
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return client.SendAsync(request);
    }
}

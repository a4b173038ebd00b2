using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Billing methods, payments, applications and refunds through the gateway with the sandbox processor.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PaymentsApiTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task PayingAnInvoiceWithTheDefaultCardChargesTheDueAndTheListAndBalanceShowIt()
    {
        var customer = await CustomerWithCardAsync();
        var invoice = await LabourInvoiceAsync(customer);
        var before = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/balance");

        var paid = await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { }, "pay-1"));
        var payment = await JsonAsync(paid);
        var again = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { }, "pay-1")));
        var after = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/balance");
        var list = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?status=succeeded&method=card&customerId={customer}");

        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        Assert.Equal(("succeeded", "sale", "Visa ending 4242", 170.00m), (S(payment, "status"), S(payment, "type"), S(payment, "methodDisplay"), payment.GetProperty("amount").GetDecimal()));
        Assert.Equal(payment.GetProperty("id").GetInt64(), again.GetProperty("id").GetInt64());
        Assert.Equal(0m, (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal());
        Assert.Equal((170.00m, 0m), (before.GetProperty("balance").GetDecimal(), after.GetProperty("balance").GetDecimal()));
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal((payment.GetProperty("id").GetInt64(), "admin"), (row.GetProperty("id").GetInt64(), S(row, "initiatedByName")));
    }

    [Fact]
    public async Task ARawCardNumberOrAnAccountNumberFieldIsRefusedByFieldAndNothingIsSaved()
    {
        var customer = await CustomerAsync();

        var card = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods", new { kind = "card", token = "4111-1111-1111-1111" });
        var account = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods",
            new { kind = "bank_account", token = "pm_usBankAccount_success", accountNumber = "000123456789", routingNumber = "110000000" });
        var cardErrors = await Problems.AssertAsync(card, HttpStatusCode.BadRequest, null);
        var accountBody = await account.Content.ReadAsStringAsync();

        Assert.True(cardErrors.TryGetProperty("token", out _));
        Assert.DoesNotContain("4111", cardErrors.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, account.StatusCode);
        Assert.DoesNotContain("000123456789", accountBody, StringComparison.Ordinal);
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/billing-methods")).GetArrayLength());
    }

    [Fact]
    public async Task ProcessingNeedsPaymentsProcessAndACreditNeedsPaymentsIssueCredit()
    {
        var customer = await CustomerWithCardAsync();
        using var office = await UserAsync("Office");
        using var sales = await UserAsync("Sales");

        var officeCredit = await office.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { type = "credit", amount = 10.00m }, "office-credit"));
        var officeSale = await office.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 10.00m }, "office-sale"));
        var salesCash = await sales.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 10.00m, manualKind = "cash" }, "sales-cash"));
        var adminCredit = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { type = "credit", amount = 10.00m }, "admin-credit")));
        var officeSaleId = (await JsonAsync(officeSale)).GetProperty("id").GetInt64();
        var refund = await sales.SendAsync(Post($"/api/v1/payments/{officeSaleId}/refunds", new { amount = 1.00m }, "sales-refund"));

        Assert.Equal(HttpStatusCode.Forbidden, officeCredit.StatusCode);
        Assert.Equal(HttpStatusCode.Created, officeSale.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, salesCash.StatusCode);
        // A credit is a refund of the earlier charge to the card (DESIGN §6: no unreferenced credit).
        Assert.Equal(("refund", "succeeded"), (S(adminCredit, "type"), S(adminCredit, "status")));
        Assert.Equal(officeSaleId, adminCredit.GetProperty("originalPaymentId").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, refund.StatusCode);
    }

    [Fact]
    public async Task ACheckIsSpreadOverInvoicesAnApplicationIsTakenBackAndARefundReopensTheDue()
    {
        var customer = await CustomerAsync();
        var first = await LabourInvoiceAsync(customer);
        var second = await LabourInvoiceAsync(customer);
        var check = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new
        {
            amount = 300.00m, manualKind = "check", reference = "1042", applications = new[] { new { invoiceId = first, amount = 170.00m } },
        }, "check-1")));
        var id = check.GetProperty("id").GetInt64();

        var payment = $"/api/v1/payments/{id}";
        var applied = await JsonAsync(await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Post, $"{payment}/applications", payment, new { invoiceId = second, amount = 130.00m }, "apply-2"));
        var over = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Post, $"{payment}/applications", payment, new { invoiceId = second, amount = 0.01m }, "apply-over");
        var overErrors = await Problems.AssertAsync(over, HttpStatusCode.BadRequest, null);
        var applicationId = applied.GetProperty("applications").EnumerateArray().Last().GetProperty("id").GetInt32();
        var removed = await JsonAsync(await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, $"{payment}/applications/{applicationId}", payment));
        var refund = await Admin.SendAsync(Post($"/api/v1/payments/{id}/refunds", new { amount = 200.00m, reason = "Overpaid" }, "refund-1"));
        var refundJson = await JsonAsync(refund);

        Assert.Equal(("Check 1042", 130.00m), (S(check, "methodDisplay"), check.GetProperty("unapplied").GetDecimal()));
        Assert.Equal(0m, applied.GetProperty("unapplied").GetDecimal());
        Assert.Equal("At most 0.00, the unapplied amount of payment " + id + ".", overErrors.GetProperty("amount")[0].GetString());
        Assert.Equal(130.00m, removed.GetProperty("unapplied").GetDecimal());
        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        Assert.Equal(("refund", -200.00m, id), (S(refundJson, "type"), refundJson.GetProperty("amount").GetDecimal(), refundJson.GetProperty("originalPaymentId").GetInt64()));
        Assert.Equal(70.00m, (await InvoiceJsonAsync(first)).GetProperty("totals").GetProperty("due").GetDecimal());
        Assert.Equal(170.00m, (await InvoiceJsonAsync(second)).GetProperty("totals").GetProperty("due").GetDecimal());
    }

    [Fact]
    public async Task AReceiptGoesToTheOverrideAddressOnlyAndPaymentsShowInTheCustomersHistory()
    {
        var customer = await CustomerWithCardAsync();
        var email = GatewayFixture.NewName("receipt") + "@example.com";

        var payment = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 42.00m, emailReceipt = true, receiptTo = email }, "receipt-1")));
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=payment");
        var profile = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}");

        var mail = Assert.Single(Fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Contains("receipt", payment.GetProperty("log").EnumerateArray().Select(l => S(l, "step")));
        Assert.Contains("42.00", mail.TextBody ?? mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(history.GetProperty("items").EnumerateArray(), h => S(h, "action") == "succeeded");
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task WithEmailReceiptsByDefaultAPaymentOfACustomerWithAnEmailSendsOneReceipt()
    {
        var email = GatewayFixture.NewName("payer") + "@example.com";
        var created = await Admin.PostAsJsonAsync("/api/v1/customers", new { stage = "customer", firstName = "Max", lastName = "Ray", email });
        var customer = (await JsonAsync(created)).GetProperty("id").GetInt64();
        var settings = await Admin.GetAsync("/api/v1/settings");
        var current = await JsonAsync(settings);
        var put = await CustomerApiClient.SendAsync(Admin, HttpMethod.Put, "/api/v1/settings", settings.Headers.ETag!.Tag, new
        {
            companyName = S(current, "companyName"), timeZone = S(current, "timeZone"), culture = S(current, "culture"), emailReceiptsByDefault = true,
        });
        put.EnsureSuccessStatusCode();

        var payment = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 15.00m, manualKind = "cash" }, "cash-1")));
        await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 15.00m, manualKind = "cash" }, "cash-1"));

        Assert.Equal("succeeded", S(payment, "status"));
        Assert.Single(Fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
    }

    public static string? S(JsonElement e, string name) => e.GetProperty(name).GetString();
}

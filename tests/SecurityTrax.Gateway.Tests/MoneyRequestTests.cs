using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Our own API cannot double-charge or misplace money: keys required, invoices checked and held before the charge.</summary>
[Collection(GatewayCollection.Name)]
public sealed class MoneyRequestTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    private const string KeyRequired = "urn:securitytrax:problem:idempotency-key-required";

    [Fact]
    public async Task EveryMoneyRequestWithoutAnIdempotencyKeyAnswers428NamingTheHeaderAndMovesNothing()
    {
        var customer = await CustomerWithCardAsync();
        var invoice = await LabourInvoiceAsync(customer);
        var (memo, _, _) = await InvoiceAsync(customer, new { type = "credit_memo", lines = new[] { new { itemId = LabourItem, quantity = 1, unitPrice = 10.00m } } });
        var cash = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 20.00m, manualKind = "cash" }, "cash")));
        var id = cash.GetProperty("id").GetInt64();
        var etag = (await Admin.GetAsync($"/api/v1/payments/{id}")).Headers.ETag!.ToString();
        var invoiceETag = (await Admin.GetAsync($"/api/v1/invoices/{invoice}")).Headers.ETag!.ToString();

        var answers = new[]
        {
            await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 10.00m })),
            await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { })),
            await Admin.SendAsync(WithIfMatch(Post($"/api/v1/payments/{id}/applications", new { invoiceId = invoice, amount = 5.00m }), etag)),
            await Admin.SendAsync(Post($"/api/v1/payments/{id}/refunds", new { amount = 5.00m })),
            await Admin.SendAsync(WithIfMatch(Post($"/api/v1/payments/{id}/void", new { }), etag)),
            await Admin.SendAsync(WithIfMatch(Post($"/api/v1/invoices/{invoice}/credits", new { creditMemoId = memo, amount = 5.00m }), invoiceETag)),
        };

        foreach (var answer in answers)
        {
            await Problems.AssertAsync(answer, HttpStatusCode.PreconditionRequired, KeyRequired);
            Assert.Contains("Idempotency-Key", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var payments = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}");
        var after = await JsonAsync(await Admin.GetAsync($"/api/v1/payments/{id}"));
        Assert.Equal([id], payments.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
        Assert.Equal(("succeeded", 20.00m, 20.00m), (S(after, "status"), after.GetProperty("unapplied").GetDecimal(), after.GetProperty("refundable").GetDecimal()));
        Assert.Equal(170.00m, Due(await InvoiceJsonAsync(invoice)));
    }

    [Fact]
    public async Task TheOpenApiDocumentMarksTheKeyRequiredOnMoneyOperations()
    {
        var document = await Admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("operationId", out _)))
            .ToDictionary(o => o.Value.GetProperty("operationId").GetString()!, o => o.Value);

        foreach (var name in new[] { "CreatePayment", "PayInvoice", "ApplyPayment", "RefundPayment", "VoidPayment", "ApplyCreditMemo" })
        {
            var header = Assert.Single(operations[name].GetProperty("parameters").EnumerateArray(), p => S(p, "name") == "Idempotency-Key");
            Assert.Equal(("header", true), (S(header, "in"), header.GetProperty("required").GetBoolean()));
        }
    }

    [Fact]
    public async Task PayingAQuoteAVoidInvoiceOrMoreThanTheDueIsRefusedAndRecordsNothing()
    {
        var customer = await CustomerWithCardAsync();
        var (quote, _, _) = await InvoiceAsync(customer, new { type = "quote", lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        var (voided, _, voidTag) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        (await CustomerApiClient.SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{voided}/void", voidTag)).EnsureSuccessStatusCode();
        var invoice = await LabourInvoiceAsync(customer);

        var quoteCash = await Admin.SendAsync(Post($"/api/v1/invoices/{quote}/pay", new { manualKind = "cash", amount = 85.00m }, "quote-cash"));
        var quoteCard = await Admin.SendAsync(Post($"/api/v1/invoices/{quote}/pay", new { }, "quote-card"));
        var voidCash = await Admin.SendAsync(Post($"/api/v1/invoices/{voided}/pay", new { manualKind = "cash", amount = 85.00m }, "void-cash"));
        var tooMuch = await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { amount = 170.01m }, "too-much"));

        var quoteErrors = await Problems.AssertAsync(quoteCash, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Contains($"Quote {quote}", quoteErrors.GetProperty("applications[0].invoiceId")[0].GetString(), StringComparison.Ordinal);
        await Problems.AssertAsync(quoteCard, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Contains($"Quote {quote} is not an invoice", await quoteCard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var voidErrors = await Problems.AssertAsync(voidCash, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Contains("is void", voidErrors.GetProperty("applications[0].invoiceId")[0].GetString(), StringComparison.Ordinal);
        var amountErrors = await Problems.AssertAsync(tooMuch, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Equal("At most 170.00, the amount due.", amountErrors.GetProperty("applications[0].amount")[0].GetString());
        var payments = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}");
        Assert.Equal(0, payments.GetProperty("items").GetArrayLength());
        Assert.Equal(170.00m, Due(await InvoiceJsonAsync(invoice)));
    }

    [Fact]
    public async Task TwoPaysOfOneInvoiceAtOnceChargeOnceAndTheOtherIsRefused()
    {
        var customer = await CustomerWithCardAsync();
        var invoice = await LabourInvoiceAsync(customer);

        var answers = await Task.WhenAll(
            Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { amount = 170.00m }, "first")),
            Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { amount = 170.00m }, "second")));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var payments = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}");
        var charged = Assert.Single(payments.GetProperty("items").EnumerateArray());
        Assert.Equal(("succeeded", 170.00m, 0m), (S(charged, "status"), charged.GetProperty("amount").GetDecimal(), charged.GetProperty("unapplied").GetDecimal()));
        Assert.Equal(0m, Due(await InvoiceJsonAsync(invoice)));
    }

    [Fact]
    public async Task ADeclinedChargeGivesItsHoldBackSoTheInvoiceCanBePaidAnotherWay()
    {
        var customer = await CustomerWithCardAsync("pm_card_chargeCustomerFail");
        var invoice = await LabourInvoiceAsync(customer);

        var declined = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { }, "card")));
        var cash = await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { manualKind = "cash" }, "cash"));

        Assert.Equal("failed", S(declined, "status"));
        Assert.Equal(HttpStatusCode.Created, cash.StatusCode);
        Assert.Equal(0m, Due(await InvoiceJsonAsync(invoice)));
    }

    [Fact]
    public async Task APaymentOrCreditMemoGoesOnlyToItsOwnCustomersInvoicesAndARefusalRecordsNothing()
    {
        var payer = await CustomerAsync();
        var other = await CustomerAsync();
        var mine = await LabourInvoiceAsync(payer);
        var theirs = await LabourInvoiceAsync(other);
        var (memo, _, _) = await InvoiceAsync(other, new { type = "credit_memo", lines = new[] { new { itemId = LabourItem, quantity = 1, unitPrice = 50.00m } } });

        var mixed = await Admin.SendAsync(Post($"/api/v1/customers/{payer}/payments", new
        {
            amount = 200.00m, manualKind = "check", applications = new[] { new { invoiceId = mine, amount = 100.00m }, new { invoiceId = theirs, amount = 100.00m } },
        }, "mixed"));
        var check = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{payer}/payments", new { amount = 50.00m, manualKind = "check" }, "check")));
        var checkPath = $"/api/v1/payments/{check.GetProperty("id").GetInt64()}";
        var applied = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Post, $"{checkPath}/applications", checkPath, new { invoiceId = theirs, amount = 50.00m }, "apply");
        var credit = await CustomerApiClient.SendCurrentAsync(
            Admin, HttpMethod.Post, $"/api/v1/invoices/{mine}/credits", $"/api/v1/invoices/{mine}", new { creditMemoId = memo, amount = 50.00m }, "credit");

        var mixedErrors = await Problems.AssertAsync(mixed, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Contains($"Invoice {theirs} is another customer's", mixedErrors.GetProperty("applications[1].invoiceId")[0].GetString(), StringComparison.Ordinal);
        var appliedErrors = await Problems.AssertAsync(applied, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Contains($"Invoice {theirs}", appliedErrors.GetProperty("invoiceId")[0].GetString(), StringComparison.Ordinal);
        var creditErrors = await Problems.AssertAsync(credit, HttpStatusCode.BadRequest, InvoicesApiTests.Validation);
        Assert.True(creditErrors.TryGetProperty("creditMemoId", out _));
        var payments = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={payer}");
        Assert.Equal([check.GetProperty("id").GetInt64()], payments.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
        Assert.Equal(50.00m, (await JsonAsync(await Admin.GetAsync($"/api/v1/payments/{check.GetProperty("id").GetInt64()}"))).GetProperty("unapplied").GetDecimal());
        Assert.Equal((170.00m, 170.00m), (Due(await InvoiceJsonAsync(mine)), Due(await InvoiceJsonAsync(theirs))));
        Assert.Equal(50.00m, (await InvoiceJsonAsync(memo)).GetProperty("totals").GetProperty("creditLeft").GetDecimal());
    }

    [Fact]
    public async Task VoidingAnInvoiceGivesItsPaymentBackUnappliedWithHistoryOnBothSides()
    {
        var customer = await CustomerAsync();
        var (invoice, _, _) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 2 } } });
        var cash = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { manualKind = "cash", amount = 100.00m }, "cash")));
        var id = cash.GetProperty("id").GetInt64();
        var etag = (await Admin.GetAsync($"/api/v1/invoices/{invoice}")).Headers.ETag!.Tag;

        var voided = await CustomerApiClient.SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/void", etag);
        var payment = await JsonAsync(await Admin.GetAsync($"/api/v1/payments/{id}"));
        var paymentHistory = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=payment&action=unapplied");
        var invoiceHistory = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=invoice&action=payment_unapplied");

        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal((100.00m, 0), (payment.GetProperty("unapplied").GetDecimal(), payment.GetProperty("applications").GetArrayLength()));
        var paymentRow = Assert.Single(paymentHistory.GetProperty("items").EnumerateArray());
        Assert.Equal(($"invoice {invoice}", "100.00", "0.00"), (S(paymentRow, "field"), S(paymentRow, "oldValue"), S(paymentRow, "newValue")));
        var invoiceRow = Assert.Single(invoiceHistory.GetProperty("items").EnumerateArray());
        Assert.Equal(($"payment {id}", "100.00"), (S(invoiceRow, "field"), S(invoiceRow, "oldValue")));
    }

    [Fact]
    public async Task ACreditMemoWhoseCreditWasDrawnIsNotVoidedAndTheAnswerNamesTheInvoice()
    {
        var customer = await CustomerAsync();
        var invoice = await LabourInvoiceAsync(customer);
        var (memo, _, _) = await InvoiceAsync(customer, new { type = "credit_memo", lines = new[] { new { itemId = LabourItem, quantity = 1, unitPrice = 50.00m } } });
        (await CustomerApiClient.SendCurrentAsync(
            Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/credits", $"/api/v1/invoices/{invoice}", new { creditMemoId = memo, amount = 30.00m }, "credit")).EnsureSuccessStatusCode();
        var etag = (await Admin.GetAsync($"/api/v1/invoices/{memo}")).Headers.ETag!.Tag;

        var refused = await CustomerApiClient.SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{memo}/void", etag);

        await Problems.AssertAsync(refused, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        Assert.Contains($"invoice {invoice}", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("open", S(await InvoiceJsonAsync(memo), "status"));
        Assert.Equal(140.00m, Due(await InvoiceJsonAsync(invoice)));
    }

    [Fact]
    public async Task RemovingAPaymentsApplicationTakesItOffTheInvoicesList()
    {
        var customer = await CustomerAsync();
        var invoice = await LabourInvoiceAsync(customer);
        var cash = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { manualKind = "cash", amount = 70.00m }, "cash")));
        var application = cash.GetProperty("applications")[0].GetProperty("id").GetInt32();

        var cashPath = $"/api/v1/payments/{cash.GetProperty("id").GetInt64()}";
        var removed = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, $"{cashPath}/applications/{application}", cashPath);
        var after = await InvoiceJsonAsync(invoice);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(0, after.GetProperty("applications").GetArrayLength());
        Assert.Equal((0m, 170.00m), (after.GetProperty("totals").GetProperty("applied").GetDecimal(), Due(after)));
    }

    private static decimal Due(JsonElement invoice) => invoice.GetProperty("totals").GetProperty("due").GetDecimal();

    private static string? S(JsonElement e, string name) => PaymentsApiTests.S(e, name);

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string etag)
    {
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return request;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>
/// The guide's payment rules through the gateway (sandbox processor): saved without processing and processed later,
/// edits of a payment not yet processed, the settlement state, and credits made as refunds of an earlier charge.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class PaymentRulesApiTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task APaymentSavedWithoutProcessingIsProcessedLaterOnceBySomeoneWithTheProcessingGrant()
    {
        var customer = await CustomerWithCardAsync();
        var invoice = await LabourInvoiceAsync(customer);
        using var clerk = await ClerkAsync();
        var saved = await clerk.SendAsync(Post($"/api/v1/invoices/{invoice}/pay", new { processNow = false, reference = "Phone order" }, "save-1"));
        var body = await JsonAsync(saved);
        var id = body.GetProperty("id").GetInt64();
        var (etag, _) = await ReadPaymentAsync(Admin, id);

        var byClerk = await clerk.SendAsync(Process(id, etag, "process-clerk"));
        var withoutIfMatch = await Admin.SendAsync(Post($"/api/v1/payments/{id}/process", new { }, "process-no-etag"));
        var stale = await Admin.SendAsync(Process(id, "\"0\"", "process-stale"));
        var dueWhileSaved = (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal();
        var processed = await Admin.SendAsync(Process(id, etag, "process-1"));
        var repeated = await Admin.SendAsync(Process(id, etag, "process-1"));
        var again = await Admin.SendAsync(Process(id, (await ReadPaymentAsync(Admin, id)).ETag, "process-2"));
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?action=processed");

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(("saved", "Phone order", 170.00m), (S(body, "status"), S(body, "reference"), body.GetProperty("amount").GetDecimal()));
        Assert.DoesNotContain(body.GetProperty("log").EnumerateArray(), l => S(l, "step") == "charge_requested");
        Assert.Equal(170.00m, dueWhileSaved);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        await Problems.AssertAsync(withoutIfMatch, HttpStatusCode.PreconditionRequired, null);
        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, null);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (processed.StatusCode, repeated.StatusCode));
        var done = await JsonAsync(processed);
        Assert.Equal(("succeeded", "settled"), (S(done, "status"), S(done, "settlement")));
        Assert.Equal(id, (await JsonAsync(repeated)).GetProperty("id").GetInt64());
        Assert.Single(done.GetProperty("log").EnumerateArray(), l => S(l, "step") == "charge_requested");
        Assert.Contains("only a saved payment", await ConflictAsync(again), StringComparison.Ordinal);
        Assert.Equal(0m, (await InvoiceJsonAsync(invoice)).GetProperty("totals").GetProperty("due").GetDecimal());
        var row = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.Equal(("saved", "processing"), (S(row, "oldValue"), S(row, "newValue")));
    }

    [Fact]
    public async Task AnUnprocessedPaymentsReferenceNoteAndDateAreEditedWithIfMatchAndAProcessedOneKeepsItsAmountAndMethod()
    {
        var customer = await CustomerWithCardAsync();
        var created = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 40.00m, processNow = false }, "edit-save")));
        var id = created.GetProperty("id").GetInt64();
        var (etag, _) = await ReadPaymentAsync(Admin, id);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

        var bad = await Admin.SendAsync(Patch(id, etag, new { postingDate = "2020-01-01", reference = new string('x', 61) }));
        var edited = await Admin.SendAsync(Patch(id, etag, new { reference = "INV-77", note = "Customer asked to wait", postingDate = tomorrow }));
        var stale = await Admin.SendAsync(Patch(id, etag, new { note = "late" }));
        var editedBody = await JsonAsync(edited);
        var (newTag, _) = await ReadPaymentAsync(Admin, id);
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?action=edited");
        var cash = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 15.00m, manualKind = "cash" }, "edit-cash")));
        var (cashTag, _) = await ReadPaymentAsync(Admin, cash.GetProperty("id").GetInt64());
        var amount = await Admin.SendAsync(Patch(cash.GetProperty("id").GetInt64(), cashTag, new { amount = 20.00m }));
        var note = await Admin.SendAsync(Patch(cash.GetProperty("id").GetInt64(), cashTag, new { note = "too late" }));

        var errors = await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, null);
        Assert.True(errors.TryGetProperty("postingDate", out _));
        Assert.True(errors.TryGetProperty("reference", out _));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(("INV-77", "Customer asked to wait", tomorrow, "saved"), (S(editedBody, "reference"), S(editedBody, "note"), S(editedBody, "postingDate"), S(editedBody, "status")));
        Assert.NotEqual(etag, newTag);
        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, null);
        Assert.Equal(["note", "postingDate", "reference"], history.GetProperty("items").EnumerateArray().Select(r => S(r, "field")).Order(StringComparer.Ordinal));
        Assert.Contains("keeps its amount and method", await ConflictAsync(amount), StringComparison.Ordinal);
        Assert.Contains("only a payment not yet processed", await ConflictAsync(note), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACreditIsARefundOfAnEarlierChargeToTheCardLinkedBothWaysAndIsRefusedWithTheReasonWithoutOne()
    {
        var customer = await CustomerWithCardAsync();
        var none = await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { type = "credit", amount = 10.00m }, "credit-none"));
        var sale = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 50.00m }, "credit-sale")));

        var credit = await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { type = "credit", amount = 20.00m, note = "Goodwill" }, "credit-1"));
        var repeated = await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { type = "credit", amount = 20.00m, note = "Goodwill" }, "credit-1"));
        var tooMuch = await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { type = "credit", amount = 40.00m }, "credit-2"));
        var refund = await JsonAsync(credit);
        var original = (await ReadPaymentAsync(Admin, sale.GetProperty("id").GetInt64())).Body;

        Assert.Contains("no settled charge", await ConflictAsync(none), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, credit.StatusCode);
        Assert.Equal(("refund", -20.00m, sale.GetProperty("id").GetInt64()), (S(refund, "type"), refund.GetProperty("amount").GetDecimal(), refund.GetProperty("originalPaymentId").GetInt64()));
        Assert.Equal(refund.GetProperty("id").GetInt64(), (await JsonAsync(repeated)).GetProperty("id").GetInt64());
        Assert.Equal(refund.GetProperty("id").GetInt64(), Assert.Single(original.GetProperty("refunds").EnumerateArray()).GetProperty("refundPaymentId").GetInt64());
        Assert.Equal(30.00m, original.GetProperty("refundable").GetDecimal());
        Assert.Contains("the most left on one is 30.00", await ConflictAsync(tooMuch), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCompanysPaymentIsNeitherProcessedNorEdited()
    {
        var customer = await CustomerWithCardAsync();
        var saved = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 12.00m, processNow = false }, "other-save")));
        var id = saved.GetProperty("id").GetInt64();
        var (etag, _) = await ReadPaymentAsync(Admin, id);
        using var other = await Fixture.SignInAsAdminAsync();

        var processed = await other.SendAsync(Process(id, etag, "other-process"));
        var edited = await other.SendAsync(Patch(id, etag, new { note = "not mine" }));

        await Problems.AssertAsync(processed, HttpStatusCode.NotFound, null);
        await Problems.AssertAsync(edited, HttpStatusCode.NotFound, null);
        var (_, after) = await ReadPaymentAsync(Admin, id);
        Assert.Equal(("saved", null), (S(after, "status"), S(after, "note")));
    }

    private static string? S(JsonElement e, string name) => PaymentsApiTests.S(e, name);

    /// <summary>Asserts a 409 problem and answers its detail, the reason people read.</summary>
    private static async Task<string> ConflictAsync(HttpResponseMessage response)
    {
        Assert.Equal((HttpStatusCode.Conflict, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        return S(await JsonAsync(response), "detail")!;
    }

    /// <summary>A user whose role may record payments but not process them.</summary>
    private async Task<HttpClient> ClerkAsync()
    {
        var role = GatewayFixture.NewName("Payment clerk");
        (await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "payments.view", "payments.create", "invoices.view", "customers.view" } }))
            .EnsureSuccessStatusCode();
        var name = GatewayFixture.NewName("clerk");
        await Fixture.CreateUserAsync(Admin, name, role);
        return await Fixture.SignInAsync(Tenant, name, "a-good-password");
    }

    private static HttpRequestMessage Process(long id, string etag, string key)
    {
        var request = Post($"/api/v1/payments/{id}/process", new { }, key);
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return request;
    }

    private static HttpRequestMessage Patch(long id, string etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/payments/{id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return request;
    }
}

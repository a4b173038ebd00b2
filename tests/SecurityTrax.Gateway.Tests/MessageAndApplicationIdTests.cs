using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Message ids and payment application ids are numbers in answers and routes, like every other id.</summary>
[Collection(GatewayCollection.Name)]
public sealed class MessageAndApplicationIdTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task AMessageKeyedByItsSendHasANumberItsRouteListAndHistoryShow()
    {
        var customer = await CustomerAsync();
        var (invoice, _, _) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        var key = GatewayFixture.NewName("mail");

        // The message behind an invoice e-mail is keyed by the send (i{invoice}-…), not by a number.
        var emailed = await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/email", new { to = "ann@example.com" }, key));
        var message = await JsonAsync(emailed);
        var repeat = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/invoices/{invoice}/email", new { to = "ann@example.com" }, key)));
        var id = message.GetProperty("id");
        var read = await Admin.GetAsync($"/api/v1/messages/{id.GetInt64()}");
        var list = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/messages");
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=message");

        Assert.Equal(HttpStatusCode.Created, emailed.StatusCode);
        Assert.Equal(JsonValueKind.Number, id.ValueKind);
        Assert.Equal($"/api/v1/messages/{id.GetInt64()}", emailed.Headers.Location?.OriginalString);
        Assert.Equal(id.GetInt64(), repeat.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await JsonAsync(read);
        Assert.Equal((id.GetInt64(), "sent"), (body.GetProperty("id").GetInt64(), body.GetProperty("status").GetString()));
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal((JsonValueKind.Number, id.GetInt64()), (row.GetProperty("id").ValueKind, row.GetProperty("id").GetInt64()));
        Assert.Equal(JsonValueKind.Number, row.GetProperty("sentById").ValueKind);
        var sent = Assert.Single(history.GetProperty("items").EnumerateArray(), h => h.GetProperty("action").GetString() == "sent");
        Assert.Equal(id.GetInt64(), sent.GetProperty("entityId").GetInt64());
    }

    [Fact]
    public async Task AOneOffMessageIsANumberAndARouteIdThatIsNoNumberIsNotFound()
    {
        var customer = await CustomerAsync();

        var sent = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/messages", new { channel = "email", subject = "Hi", textBody = "Hello", to = "ann@example.com" });
        var id = (await JsonAsync(sent)).GetProperty("id");
        var read = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{id.GetInt64()}");
        var byKey = await Admin.GetAsync($"/api/v1/messages/c1-{customer}");
        var unknown = await Admin.GetAsync($"/api/v1/messages/{long.MaxValue}");

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.Equal(JsonValueKind.Number, id.ValueKind);
        Assert.Equal(id.GetInt64(), read.GetProperty("id").GetInt64());
        await Problems.AssertAsync(byKey, HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
        await Problems.AssertAsync(unknown, HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
    }

    [Fact]
    public async Task ApplicationIdsAreNumbersInPaymentsAndInvoicesAndTheRouteTakesThem()
    {
        var customer = await CustomerAsync();
        var first = await LabourInvoiceAsync(customer);
        var second = await LabourInvoiceAsync(customer);
        var check = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new
        {
            amount = 300.00m, manualKind = "check", reference = "77", applications = new[] { new { invoiceId = first, amount = 100.00m } },
        }, GatewayFixture.NewName("check"))));
        var payment = $"/api/v1/payments/{check.GetProperty("id").GetInt64()}";
        var key = GatewayFixture.NewName("apply");

        var applied = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Post, $"{payment}/applications", payment, new { invoiceId = second, amount = 50.00m }, key);
        var replayed = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Post, $"{payment}/applications", payment, new { invoiceId = second, amount = 50.00m }, key);
        var invoice = await InvoiceJsonAsync(second);
        var notANumber = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, $"{payment}/applications/p1-a1", payment);
        var removed = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, $"{payment}/applications/1", payment);
        var again = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, $"{payment}/applications/1", payment);

        var ids = (await JsonAsync(applied)).GetProperty("applications").EnumerateArray().Select(a => a.GetProperty("id")).ToArray();
        Assert.All(ids, id => Assert.Equal(JsonValueKind.Number, id.ValueKind));
        Assert.Equal([1, 2], ids.Select(id => id.GetInt32()));
        Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal([1, 2], (await JsonAsync(replayed)).GetProperty("applications").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));
        var held = Assert.Single(invoice.GetProperty("applications").EnumerateArray());
        Assert.Equal((JsonValueKind.Number, 1, "payment"), (held.GetProperty("id").ValueKind, held.GetProperty("id").GetInt32(), held.GetProperty("kind").GetString()));
        await Problems.AssertAsync(notANumber, HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal([2], (await JsonAsync(removed)).GetProperty("applications").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));
        await Problems.AssertAsync(again, HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
        Assert.Equal(170.00m, (await InvoiceJsonAsync(first)).GetProperty("totals").GetProperty("due").GetDecimal());
    }
}

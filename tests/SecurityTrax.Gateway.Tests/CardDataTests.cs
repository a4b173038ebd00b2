using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Card numbers never reach storage, answers or e-mails: refused by field, never repeated.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CardDataTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    private const string Spaced = "4111 1111 1111 1111";
    private const string Dashed = "5555-5555-5555-4444";

    [Fact]
    public async Task ACheckPaymentWithACardNumberAsItsReferenceIsRefusedAndNothingIsStored()
    {
        var customer = await CustomerAsync();

        var response = await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new
        {
            amount = 50.00m, manualKind = "check", reference = Spaced, note = "Paid at the door", emailReceipt = true, receiptTo = "ann@example.com",
        }, GatewayFixture.NewName("card")));
        var next = await JsonAsync(await Admin.SendAsync(Post(
            $"/api/v1/customers/{customer}/payments", new { amount = 50.00m, manualKind = "check", reference = "1042" }, GatewayFixture.NewName("next"))));
        var refusedNumber = next.GetProperty("id").GetInt64() - 1;

        var errors = await RefusedAsync(response, "reference");
        Assert.Equal(["reference"], errors.EnumerateObject().Select(e => e.Name));
        // The refused attempt drew the number before this one, and no payment was stored under it.
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/v1/payments/{refusedNumber}")).StatusCode);
    }

    [Fact]
    public async Task NotesTicketsMessagesLinesAndTagsWithACardNumberAreRefusedByField()
    {
        var customer = await CustomerAsync();
        var c = $"/api/v1/customers/{customer}";
        var note = await Admin.PostAsJsonAsync($"{c}/notes", new { noteType = "Billing", body = $"Card {Dashed} for next month." });
        var ticket = await Admin.PostAsJsonAsync($"{c}/notes", new { noteType = "Billing", body = "Call back.", ticket = new { assigneeId = await MyIdAsync() } });
        var ticketId = (await JsonAsync(ticket)).GetProperty("id").GetInt64();
        var comment = await SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/notes/{ticketId}/comments", $"/api/v1/notes/{ticketId}", new { body = $"She read me {Spaced}" });
        var message = await Admin.PostAsJsonAsync($"{c}/messages", new { channel = "sms", textBody = $"Your card {Dashed} was declined.", to = "+13035550100" });
        var (invoice, _, etag) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        var line = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/lines", etag, new { itemId = LabourItem, quantity = 1, description = $"Paid by {Spaced}" });
        var tag = await SendCurrentAsync(Admin, HttpMethod.Post, $"{c}/tags", c, new { tag = Spaced });
        var profile = await SendCurrentAsync(Admin, HttpMethod.Put, c, c, new
        {
            firstName = "Ann", lastName = "Lee", notes = $"Card {Dashed}",
            serviceAddress = new { line1 = "12 Elm St", city = "Denver", state = "CO", zip = "80202" },
        });

        await RefusedAsync(note, "body");
        await RefusedAsync(comment, "body");
        await RefusedAsync(message, "textBody");
        await RefusedAsync(line, "description");
        await RefusedAsync(tag, "tag");
        await RefusedAsync(profile, "notes");
        Assert.Equal(1, (await Admin.GetFromJsonAsync<JsonElement>($"{c}/notes")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ANotFoundNeverRepeatsACardNumberFromThePath()
    {
        var customer = await CustomerWithCardAsync();
        var methods = $"/api/v1/customers/{customer}/billing-methods";

        await NotFoundWithoutEchoAsync(await Admin.GetAsync("/api/v1/payments/4111111111111111"));
        await NotFoundWithoutEchoAsync(await Admin.GetAsync($"/api/v1/messages/{Uri.EscapeDataString(Dashed)}"));
        await NotFoundWithoutEchoAsync(await SendCurrentAsync(Admin, HttpMethod.Delete, $"{methods}/{Uri.EscapeDataString(Spaced)}", methods));
    }

    private static async Task NotFoundWithoutEchoAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNoCardIn(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NumbersFailingLuhnPhoneNumbersAndZipCodesAreAccepted()
    {
        var customer = await CustomerAsync();

        var check = await Admin.SendAsync(Post(
            $"/api/v1/customers/{customer}/payments", new { amount = 50.00m, manualKind = "check", reference = "4111 1111 1111 1112" }, GatewayFixture.NewName("luhn")));
        var note = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "Call 303-555-0100 or +1 (720) 555-0199, zip 80202-1234, invoice 1042 of 2026-12-06." });

        Assert.Equal(HttpStatusCode.Created, check.StatusCode);
        Assert.Equal("4111 1111 1111 1112", (await JsonAsync(check)).GetProperty("reference").GetString());
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
    }

    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        AssertNoCardIn(body);
        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named in {body}");
        return errors;
    }

    private static void AssertNoCardIn(string body)
    {
        var digits = new string([.. body.Where(char.IsAsciiDigit)]);
        Assert.DoesNotContain("4111111111111111", digits, StringComparison.Ordinal);
        Assert.DoesNotContain("5555555555554444", digits, StringComparison.Ordinal);
    }

    private async Task<long> MyIdAsync() => (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userId").GetInt64();
}

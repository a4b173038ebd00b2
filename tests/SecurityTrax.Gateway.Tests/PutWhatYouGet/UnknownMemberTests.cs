using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.PutWhatYouGet;

/// <summary>
/// Request types now collect members they do not bind (for PUT what you GET); where there is nothing to echo — a create,
/// a line or a ticket nested in one — such a member is still refused by name, and nothing is made.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class UnknownMemberTests(GatewayFixture fixture) : BillingSession(fixture)
{
    private const string Unknown = "This field is not part of this request.";

    [Fact]
    public async Task ACreateRefusesAMemberItDoesNotTake()
    {
        var item = await Admin.PostAsJsonAsync("/api/v1/catalog/items", new { name = "Siren", unitPrice = 20.00m, kind = "equipment", colour = "red" });

        Assert.Equal([Unknown], Reasons(await Problems.AssertAsync(item, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation"), "colour"));
        Assert.DoesNotContain("Siren", (await Admin.GetStringAsync("/api/v1/catalog")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALineInANewInvoiceRefusesAMemberItDoesNotTake()
    {
        var customer = await CustomerAsync();

        var invoice = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new { lines = new[] { new { itemId = LabourItem, quantity = 1, amount = 1.00m } } });

        Assert.Equal([Unknown], Reasons(await Problems.AssertAsync(invoice, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation"), "lines[0].amount"));
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/invoices?customerId={customer}")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ATicketInANewNoteRefusesAMemberItDoesNotTake()
    {
        var customer = await CustomerAsync();
        var me = (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userId").GetInt64();

        var note = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "x", ticket = new { assigneeId = me, status = "closed" } });

        Assert.Equal([Unknown], Reasons(await Problems.AssertAsync(note, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation"), "ticket.status"));
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/notes")).GetProperty("items").GetArrayLength());
    }

    private static IEnumerable<string> Reasons(JsonElement errors, string field) => errors.GetProperty(field).EnumerateArray().Select(r => r.GetString()!);
}

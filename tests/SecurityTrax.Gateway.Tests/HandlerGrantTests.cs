using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A 403 decided inside a handler or a grain names the missing grant as the framework's do, and changes nothing.</summary>
[Collection(GatewayCollection.Name)]
public sealed class HandlerGrantTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task ATicketInANewNoteNamesTicketsCreate()
    {
        var customer = await CustomerAsync();
        using var notesOnly = await RoleUserAsync("notes.view", "notes.create", "customers.view");

        var ticket = await notesOnly.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "x", ticket = new { assigneeId = 1 } });

        await AssertMissingAsync(ticket, "tickets.create");
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/notes")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task EditingSomeoneElsesNoteNamesNotesModify()
    {
        var customer = await CustomerAsync();
        var created = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "Gate code 1234." });
        var path = $"/api/v1/notes/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()}";
        using var writer = await RoleUserAsync("notes.view", "notes.create", "customers.view");

        var edit = await SendAsync(writer, HttpMethod.Put, path, created.Headers.ETag!.Tag, new { noteType = "General", body = "Changed." });

        await AssertMissingAsync(edit, "notes.modify");
        Assert.Equal("Gate code 1234.", (await Admin.GetFromJsonAsync<JsonElement>(path)).GetProperty("body").GetString());
    }

    [Fact]
    public async Task StoppingRecurringInvoicesNamesRecurringInvoicesDelete()
    {
        var customer = await CustomerWithCardAsync();
        var methods = $"/api/v1/customers/{customer}/billing-methods";
        var card = (await Admin.GetFromJsonAsync<JsonElement>(methods))[0].GetProperty("id").GetInt64();
        var recurring = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", new
        {
            lines = new[] { new { itemId = LabourItem, quantity = 1 } },
            nextDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            interval = 1, unit = "months", count = 12, billingMethodId = card,
        });
        recurring.EnsureSuccessStatusCode();
        using var editor = await RoleUserAsync("customers.view", "customers.modify", "invoices.delete");

        var stop = await SendCurrentAsync(editor, HttpMethod.Delete, $"{methods}/{card}?recurring=stop", methods);

        await AssertMissingAsync(stop, "recurring_invoices.delete");
        Assert.Equal([card], (await Admin.GetFromJsonAsync<JsonElement>(methods)).EnumerateArray().Select(m => m.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task VoidingARecordedPaymentNamesPaymentsDelete()
    {
        var customer = await CustomerAsync();
        var paid = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 20.00m, manualKind = "cash" }, Guid.NewGuid().ToString("N"))));
        var path = $"/api/v1/payments/{paid.GetProperty("id").GetInt64()}";
        using var viewer = await RoleUserAsync("payments.view", "customers.view");

        var voided = await SendAsync(viewer, HttpMethod.Post, $"{path}/void", await ETagAsync(Admin, path), new { }, Guid.NewGuid().ToString("N"));

        await AssertMissingAsync(voided, "payments.delete");
        Assert.Equal("succeeded", (await Admin.GetFromJsonAsync<JsonElement>(path)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ACreditWithoutItsGrantNamesPaymentsIssueCredit()
    {
        var customer = await CustomerWithCardAsync();
        using var office = await UserAsync("Office");

        var credit = await office.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { type = "credit", amount = 10.00m }, Guid.NewGuid().ToString("N")));

        await AssertMissingAsync(credit, "payments.issue_credit");
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}")).GetProperty("items").GetArrayLength());
    }

    private static async Task AssertMissingAsync(HttpResponseMessage response, string grant)
    {
        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:securitytrax:problem:forbidden", problem.GetProperty("type").GetString());
        Assert.Equal($"This needs the {grant} grant.", problem.GetProperty("detail").GetString());
        Assert.Equal([grant], problem.GetProperty("missingGrants").EnumerateArray().Select(g => g.GetString()!));
    }
}

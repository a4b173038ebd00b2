using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;
using static SecurityTrax.Gateway.Tests.InvoicesApiTests;

namespace SecurityTrax.Gateway.Tests;

/// <summary>The lists that answer the screens' questions: money left to apply, equipment left to bring over.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ScreenListTests(GatewayFixture fixture) : PaymentSession(fixture)
{
    [Fact]
    public async Task UnappliedTrueListsOnlyPaymentsWithMoneyLeftToApplyAndHowMuch()
    {
        var customer = await CustomerAsync();
        var invoice = await LabourInvoiceAsync(customer);
        var other = await LabourInvoiceAsync(customer);
        var check = await JsonAsync(await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new
        {
            amount = 300.00m, manualKind = "check", applications = new[] { new { invoiceId = invoice, amount = 170.00m } },
        }, "check-left")));
        await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new
        {
            amount = 170.00m, manualKind = "cash", applications = new[] { new { invoiceId = other, amount = 170.00m } },
        }, "cash-all"));
        await Admin.SendAsync(Post($"/api/v1/customers/{customer}/payments", new { amount = 25.00m, manualKind = "other" }, "other-left"));

        var all = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?customerId={customer}");
        var left = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?unapplied=true&customerId={customer}");
        var either = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments?unapplied=false&customerId={customer}");
        var bad = await Admin.GetAsync($"/api/v1/payments?unapplied=some&customerId={customer}");

        Assert.Equal(3, all.GetProperty("items").GetArrayLength());
        Assert.Equal(3, either.GetProperty("items").GetArrayLength());
        Assert.Equal(
            [("other", 25.00m, 25.00m), ("check", 300.00m, 130.00m)],
            left.GetProperty("items").EnumerateArray().Select(p => (S(p, "method"), M(p, "amount"), M(p, "unapplied"))));
        Assert.Contains(left.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetInt64() == check.GetProperty("id").GetInt64());
        Assert.Equal(["unapplied"], Fields(await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, Validation)));
    }

    [Fact]
    public async Task TheInvoicedEquipmentReadSaysHowManyLinesAreLeftToBringOverAndChangesNothing()
    {
        var customer = await CustomerAsync();
        var path = $"/api/v1/customers/{customer}/equipment/from-invoices";
        var none = await Admin.GetFromJsonAsync<JsonElement>(path);
        var (invoice, _, _) = await InvoiceAsync(customer, new
        {
            lines = new object[] { new { itemId = PanelItem, quantity = 1 }, new { itemId = ContactItem, quantity = 2 }, new { itemId = LabourItem, quantity = 1 } },
        });
        // A quote's equipment is not brought over: only invoices count.
        await InvoiceAsync(customer, new { type = "quote", lines = new object[] { new { itemId = PanelItem, quantity = 1 } } });

        var before = await Admin.GetFromJsonAsync<JsonElement>(path);
        var again = await Admin.GetFromJsonAsync<JsonElement>(path);
        var equipmentBefore = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/equipment")).GetArrayLength();
        var pressed = await Admin.PostAsync(path, null);
        var after = await Admin.GetFromJsonAsync<JsonElement>(path);

        Assert.Equal((0, "Nothing to add: every equipment line on this customer's invoices was brought over already, or there is none."),
            (none.GetProperty("remaining").GetInt32(), S(none, "reason")));
        Assert.Equal((2, JsonValueKind.Null), (before.GetProperty("remaining").GetInt32(), before.GetProperty("reason").ValueKind));
        Assert.Equal(2, again.GetProperty("remaining").GetInt32());
        Assert.Equal(0, equipmentBefore);
        Assert.Equal(2, (await pressed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetArrayLength());
        Assert.Equal(0, after.GetProperty("remaining").GetInt32());
        Assert.Equal(invoice, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/equipment"))[0].GetProperty("fromInvoiceId").GetInt64());
    }
}

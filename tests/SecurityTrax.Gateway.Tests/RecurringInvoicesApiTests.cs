using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;
using static SecurityTrax.Gateway.Tests.InvoicesApiTests;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class RecurringInvoicesApiTests(GatewayFixture fixture) : BillingSession(fixture)
{
    /// <summary>Today in the company's time zone (Denver), as the API judges "after today".</summary>
    private static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Denver")).DateTime);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ARecurringInvoiceIsCreatedOnceListedReadAndDeleted()
    {
        var customer = await CustomerAsync();
        var body = Monthly(Today.AddDays(3), 12);

        var created = await PostAsync($"/api/v1/customers/{customer}/recurring-invoices", body, "rec-1");
        var replay = await PostAsync($"/api/v1/customers/{customer}/recurring-invoices", body, "rec-1");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = json.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/recurring-invoices/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(id, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        Assert.Equal((Date(Today.AddDays(3).AddMonths(11)), Date(Today.AddDays(3)), 12, "months"),
            (S(json, "finalDate"), S(json, "nextDate"), json.GetProperty("remainingCount").GetInt32(), S(json, "unit")));
        Assert.Equal(127.50m, M(json.GetProperty("totals"), "grandTotal"));
        Assert.Equal("Gate code 4411", S(await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/recurring-invoices/{id}"), "note"));

        var list = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/recurring-invoices");
        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal((id, Date(Today.AddDays(3)), 127.50m, "invoice", "every month", Date(Today.AddDays(3)), 12),
            (row.GetProperty("id").GetInt64(), S(row, "firstSaleDate"), M(row, "amount"), S(row, "type"), S(row, "schedule"), S(row, "nextDate"),
                row.GetProperty("remainingCount").GetInt32()));

        var etag = await ETagAsync(Admin, $"/api/v1/recurring-invoices/{id}");
        var stale = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/recurring-invoices/{id}", "\"0\"");
        var deleted = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/recurring-invoices/{id}", etag);

        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/recurring-invoices")).EnumerateArray());
        var after = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/recurring-invoices/{id}");
        Assert.Equal((true, 0), (after.GetProperty("deleted").GetBoolean(), after.GetProperty("remainingCount").GetInt32()));
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=recurring_invoice");
        Assert.Equal(["created", "created", "deleted"], history.GetProperty("items").EnumerateArray().Select(h => S(h, "action")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ThePreviewShowsTheWholeScheduleAndSavesNothing()
    {
        var preview = await Admin.PostAsJsonAsync("/api/v1/recurring-invoices/preview", new { nextDate = "2030-01-31", interval = 1, unit = "months", count = 4 });

        var json = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("America/Denver", "2030-04-30", 4), (S(json, "timeZone"), S(json, "finalDate"), json.GetProperty("count").GetInt32()));
        Assert.Equal(["2030-01-31", "2030-02-28", "2030-03-31", "2030-04-30"], json.GetProperty("occurrences").EnumerateArray().Select(o => S(o, "date")));
        Assert.Equal("2030-01-31T09:00:00+00:00", S(json.GetProperty("occurrences")[0], "runsAt"));
    }

    [Fact]
    public async Task BadInputNamesEachFieldAndCreatesNothing()
    {
        var customer = await CustomerAsync();
        var path = $"/api/v1/customers/{customer}/recurring-invoices";

        var today = await Admin.PostAsJsonAsync(path, Monthly(Today, 12));
        var past = await Admin.PostAsJsonAsync("/api/v1/recurring-invoices/preview", new { nextDate = Date(Today.AddDays(-1)), interval = 1, unit = "weeks", count = 3 });
        var counts = await Admin.PostAsJsonAsync(path, new { lines = Lines(), nextDate = Date(Today.AddDays(2)), interval = -1, unit = "days", count = 0 });
        var missing = await Admin.PostAsJsonAsync(path, new { lines = Lines() });
        var email = await Admin.PostAsJsonAsync(path, new { lines = Lines(), nextDate = Date(Today.AddDays(2)), interval = 1, unit = "years", count = 2, emailInvoice = true });
        var unknown = await Admin.PostAsJsonAsync(path, new { lines = Lines(), nextDate = Date(Today.AddDays(2)), interval = 1, unit = "years", count = 2, every = "month" });

        Assert.Equal(["nextDate"], Fields(await Problems.AssertAsync(today, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["nextDate"], Fields(await Problems.AssertAsync(past, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["count", "interval"], Fields(await Problems.AssertAsync(counts, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["count", "interval", "nextDate", "unit"], Fields(await Problems.AssertAsync(missing, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(["emailInvoice"], Fields(await Problems.AssertAsync(email, HttpStatusCode.BadRequest, Validation)));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/recurring-invoices")).EnumerateArray());
    }

    [Fact]
    public async Task RecurringInvoicesTakeTheRecurringInvoiceGrantsNotTheInvoiceOnes()
    {
        var customer = await CustomerAsync();
        var created = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", Monthly(Today.AddDays(5), 3));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var invoicing = await RoleUserAsync("customers.view", "invoices.view", "invoices.create", "invoices.modify", "invoices.delete");
        using var recurring = await RoleUserAsync("customers.view", "recurring_invoices.view", "recurring_invoices.create");

        var refused = new[]
        {
            await invoicing.GetAsync($"/api/v1/recurring-invoices/{id}"),
            await invoicing.GetAsync($"/api/v1/customers/{customer}/recurring-invoices"),
            await invoicing.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", Monthly(Today.AddDays(5), 3)),
            await SendAsync(invoicing, HttpMethod.Delete, $"/api/v1/recurring-invoices/{id}", created.Headers.ETag!.Tag),
        };
        var read = await recurring.GetAsync($"/api/v1/recurring-invoices/{id}");
        var made = await recurring.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", Monthly(Today.AddDays(5), 3));

        Assert.Equal(
            ["recurring_invoices.view", "recurring_invoices.view", "recurring_invoices.create", "recurring_invoices.delete"],
            await Task.WhenAll(refused.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missingGrants")[0].GetString()!)));
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Created), (read.StatusCode, made.StatusCode));
        Assert.Equal(2, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/recurring-invoices")).GetArrayLength());
    }

    [Fact]
    public async Task RecurringInvoicesFollowTheirGrantsAndAnotherCompanyGets404()
    {
        var customer = await CustomerAsync();
        var created = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", Monthly(Today.AddDays(5), 3));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var etag = created.Headers.ETag!.Tag;
        using var tech = await UserAsync("Technician");
        using var sales = await UserAsync("Sales");
        using var other = await Fixture.SignInAsync(await Fixture.CreateTenantAsync("other-admin-password"), "admin", "other-admin-password");

        var techCodes = new[]
        {
            (await tech.GetAsync($"/api/v1/recurring-invoices/{id}")).StatusCode,
            (await tech.GetAsync($"/api/v1/customers/{customer}/recurring-invoices")).StatusCode,
            (await tech.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", Monthly(Today.AddDays(5), 3))).StatusCode,
        };
        var salesDelete = await SendAsync(sales, HttpMethod.Delete, $"/api/v1/recurring-invoices/{id}", etag);
        var salesCreate = await sales.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", Monthly(Today.AddDays(5), 3));
        var otherCodes = new[]
        {
            (await other.GetAsync($"/api/v1/recurring-invoices/{id}")).StatusCode,
            (await SendAsync(other, HttpMethod.Delete, $"/api/v1/recurring-invoices/{id}", etag)).StatusCode,
            (await other.GetAsync($"/api/v1/customers/{customer}/recurring-invoices")).StatusCode,
            (await other.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", Monthly(Today.AddDays(5), 3))).StatusCode,
        };

        Assert.All(techCodes, code => Assert.Equal(HttpStatusCode.Forbidden, code));
        // Sales sets recurring invoices up (it holds the matching invoice grants) but never stops them.
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Created), (salesDelete.StatusCode, salesCreate.StatusCode));
        Assert.All(otherCodes, code => Assert.Equal(HttpStatusCode.NotFound, code));
        Assert.Equal(2, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/recurring-invoices")).GetArrayLength());
    }

    private object[] Lines() => [new { itemId = LabourItem, quantity = 1.5m }];

    private object Monthly(DateOnly next, int count) =>
        new { lines = Lines(), term = "net15", poNumber = "PO-9", note = "Gate code 4411", nextDate = Date(next), interval = 1, unit = "months", count };

    private Task<HttpResponseMessage> PostAsync(string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return Admin.SendAsync(request);
    }
}

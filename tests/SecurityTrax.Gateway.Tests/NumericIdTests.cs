using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Ids have one type in the API: numbers, users included.</summary>
[Collection(GatewayCollection.Name)]
public sealed class NumericIdTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task UserIdsAreNumbersInAnswersAndRequests()
    {
        var me = (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userId");
        var techId = await Fixture.CreateUserAsync(Admin, GatewayFixture.NewName("tech"), "Technician");
        var (customer, created, _) = await CreateAsync(Admin, new { firstName = "Nu", lastName = "Mer", salesRepUserId = techId });
        var note = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "Service", body = "Check zone 2.", ticket = new { assigneeId = techId } });
        var ticket = await note.Content.ReadFromJsonAsync<JsonElement>();
        var user = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{techId}");
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?user={me.GetInt64()}&limit=200");
        var queue = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tickets?assignee={techId}&customer={customer}");

        Assert.Equal(JsonValueKind.Number, me.ValueKind);
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal(techId, created.GetProperty("salesRepUserId").GetInt64());
        Assert.Equal((techId, me.GetInt64()), (ticket.GetProperty("ticket").GetProperty("assigneeId").GetInt64(), ticket.GetProperty("authorId").GetInt64()));
        Assert.Equal(techId, user.GetProperty("id").GetInt64());
        Assert.NotEmpty(history.GetProperty("items").EnumerateArray());
        Assert.All(history.GetProperty("items").EnumerateArray(), i => Assert.Equal(me.GetInt64(), i.GetProperty("userId").GetInt64()));
        var row = Assert.Single(queue.GetProperty("items").EnumerateArray());
        Assert.Equal((techId, me.GetInt64()), (row.GetProperty("assigneeId").GetInt64(), row.GetProperty("authorId").GetInt64()));
    }

    [Fact]
    public async Task BillingMethodIdsAreNumbers()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Bea", "Em"));
        var added = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods", new { kind = "card", token = "pm_card_visa" });
        var method = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id");
        using var pay = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{customer}/payments")
        {
            Content = JsonContent.Create(new { amount = 10.00m, billingMethodId = method.GetInt64() }),
        };
        pay.Headers.Add("Idempotency-Key", GatewayFixture.NewName("pay"));
        var paid = await Admin.SendAsync(pay);

        Assert.Equal(JsonValueKind.Number, method.ValueKind);
        Assert.Equal($"/api/v1/customers/{customer}/billing-methods/{method.GetInt64()}", added.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        Assert.Equal(method.GetInt64(), (await paid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("billingMethodId").GetInt64());
    }

    [Fact]
    public async Task HistoryRowIdsAreDistinctNumbers()
    {
        var (customer, _, etag) = await CreateAsync(Admin, Person("Hi", "Story"));
        (await SendAsync(Admin, HttpMethod.Post, $"/api/v1/customers/{customer}/tags", etag, new { tag = "Gold" })).EnsureSuccessStatusCode();

        var rows = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?limit=200")).GetProperty("items").EnumerateArray().ToArray();

        Assert.True(rows.Length >= 2, $"{rows.Length} history rows");
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("id").ValueKind));
        Assert.Equal(rows.Length, rows.Select(r => r.GetProperty("id").GetInt64()).Distinct().Count());
        // The tag came after the create, so its row was numbered after theirs.
        Assert.True(rows[0].GetProperty("id").GetInt64() > rows[^1].GetProperty("id").GetInt64());
        // The rows name the customer they changed by its number, not by text.
        Assert.All(rows, r => Assert.Equal((JsonValueKind.Number, customer), (r.GetProperty("entityId").ValueKind, r.GetProperty("entityId").GetInt64())));
    }

    [Fact]
    public async Task AUserIdThatIsNotANumberNamesItsField()
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/customers", new { firstName = "Nu", lastName = "Mer", salesRepUserId = "7" });

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["salesRepUserId"], errors.EnumerateObject().Select(p => p.Name));
    }
}

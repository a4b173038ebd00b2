using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CustomerContactsAndHistoryTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task ContactsCanBeAddedEditedReorderedAndDeleted()
    {
        var (id, _, _) = await CreateAsync(Admin, Person("Ike", "Mo"));
        var basePath = $"/api/v1/customers/{id}/contacts";
        var mom = await Admin.PostAsJsonAsync(basePath, new { type = "emergency", name = "Mom", relationship = "mother", phones = new[] { new { kind = "home", number = "303-555-0100" } } });
        var fire = await Admin.PostAsJsonAsync(basePath, new { type = "fire", name = "Dispatch", agencyName = "Station 3", permitNumber = "F-9", phones = new[] { new { kind = "work", number = "303-555-0999" } } });
        Assert.Equal(HttpStatusCode.Created, mom.StatusCode);
        var momId = (await mom.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var fireId = (await fire.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var edit = await SendAsync(Admin, HttpMethod.Put, $"{basePath}/{momId}", mom.Headers.ETag!.Tag,
            new { type = "emergency", name = "Mom", relationship = "mother", note = "Has a key", phones = new[] { new { kind = "mobile", number = "303-555-0101" } } });
        var reorder = await SendCurrentAsync(Admin, HttpMethod.Put, $"{basePath}/order", basePath, new { contactIds = new[] { fireId, momId } });
        var listed = await Admin.GetFromJsonAsync<JsonElement[]>(basePath);

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reorder.StatusCode);
        Assert.Equal([(fireId, 1), (momId, 2)], listed!.Select(c => (c.GetProperty("id").GetInt32(), c.GetProperty("priority").GetInt32())));
        Assert.Equal("Has a key", listed![1].GetProperty("note").GetString());

        var staleDelete = await SendAsync(Admin, HttpMethod.Delete, $"{basePath}/{momId}", mom.Headers.ETag!.Tag);
        var delete = await SendAsync(Admin, HttpMethod.Delete, $"{basePath}/{momId}", edit.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleDelete.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Single((await Admin.GetFromJsonAsync<JsonElement[]>(basePath))!);
    }

    [Fact]
    public async Task ContactsOfAnUnknownCustomerAnswer404()
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/customers/987654/contacts", new { type = "emergency", name = "X", phones = new[] { new { kind = "home", number = "303-555-0100" } } });

        await Problems.AssertAsync(response, HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
    }

    [Fact]
    public async Task HistoryIsNewestFirstFilteredAndPaged()
    {
        var (id, _, etag) = await CreateAsync(Admin, Person("Jo", "Pi"));
        var clerkName = GatewayFixture.NewName("clerk");
        var clerkId = await Fixture.CreateUserAsync(Admin, clerkName, "Office");
        using var clerk = await Fixture.SignInAsync(GatewayFixture.Tenant, clerkName, "a-good-password");
        var update = await SendAsync(clerk, HttpMethod.Put, $"/api/v1/customers/{id}", etag, Person("Joe", "Pi", "joe@example.com"));
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        (await SendAsync(clerk, HttpMethod.Post, $"/api/v1/customers/{id}/tags", update.Headers.ETag!.Tag, new { tag = "Gold" })).EnsureSuccessStatusCode();
        var path = $"/api/v1/customers/{id}/history";

        var all = await AllAsync($"{path}?limit=3");
        var byClerk = Items(await Admin.GetFromJsonAsync<JsonElement>($"{path}?user={clerkId}&limit=200"));
        var tagRows = Items(await Admin.GetFromJsonAsync<JsonElement>($"{path}?action=tag_added"));
        var future = Items(await Admin.GetFromJsonAsync<JsonElement>($"{path}?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}"));

        Assert.Equal(all.Select(r => r.GetProperty("id").GetInt64()).Distinct().Count(), all.Count);
        Assert.Equal(all.OrderByDescending(r => r.GetProperty("occurredAt").GetDateTimeOffset()).Select(r => r.GetProperty("id").GetInt64()), all.Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal("tag_added", all[0].GetProperty("action").GetString());
        Assert.All(byClerk, r => Assert.Equal(clerkName, r.GetProperty("userName").GetString()));
        Assert.Contains(byClerk, r => r.GetProperty("field").GetString() == "firstName" && r.GetProperty("oldValue").GetString() == "Jo" && r.GetProperty("newValue").GetString() == "Joe");
        Assert.Equal("Gold", Assert.Single(tagRows).GetProperty("newValue").GetString());
        Assert.Empty(future);
        var row = byClerk[0];
        Assert.Equal("web", row.GetProperty("source").GetString());
        Assert.False(string.IsNullOrEmpty(row.GetProperty("correlationId").GetString()));
        Assert.False(string.IsNullOrEmpty(row.GetProperty("clientIp").GetString()));
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private async Task<List<JsonElement>> AllAsync(string first)
    {
        var rows = new List<JsonElement>();
        var url = first;
        while (true)
        {
            var page = await Admin.GetFromJsonAsync<JsonElement>(url);
            rows.AddRange(Items(page));
            if (page.GetProperty("nextCursor").GetString() is not { } cursor || rows.Count > 500)
            {
                return rows;
            }

            url = $"{first}&cursor={cursor}";
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CustomerSearchTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task FreeTextFindsByNameEmailPhoneAndAddress()
    {
        var marker = GatewayFixture.NewName("zq");
        var (id, _, _) = await CreateAsync(Admin, Person("Hana", marker, $"{marker}@example.com", "720-555-0177", "Lakewood"));

        Assert.Equal([id], await IdsAsync($"q={marker}"));
        Assert.Equal([id], await IdsAsync($"q=HANA+{marker.ToUpperInvariant()}"));
        Assert.Equal([id], await IdsAsync($"q={marker}@example"));
        Assert.Contains(id, await IdsAsync("q=(720)+555-0177"));
        Assert.Contains(id, await IdsAsync("q=7205550177"));
        Assert.Contains(id, await IdsAsync($"q=lakewood+{marker}"));
        Assert.Empty(await IdsAsync($"q={marker}+nobody"));
    }

    [Fact]
    public async Task FiltersByStageAndTagAndCountsTags()
    {
        var marker = GatewayFixture.NewName("st");
        var tag = GatewayFixture.NewName("Tag");
        var (lead, _, _) = await CreateAsync(Admin, Person("Lead", marker));
        var (customer, _, _) = await CreateAsync(Admin, new { stage = "customer", firstName = "Cust", lastName = marker });
        (await SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/customers/{lead}/tags", $"/api/v1/customers/{lead}", new { tag })).EnsureSuccessStatusCode();
        (await SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/customers/{customer}/tags", $"/api/v1/customers/{customer}", new { tag = tag.ToUpperInvariant() })).EnsureSuccessStatusCode();

        Assert.Equal([lead], await IdsAsync($"q={marker}&stage=lead"));
        Assert.Equal([customer], await IdsAsync($"q={marker}&stage=customer"));
        Assert.Equal([customer, lead], await IdsAsync($"tag={tag.ToLowerInvariant()}&sort=-id"));
        var counts = await Admin.GetFromJsonAsync<JsonElement[]>("/api/v1/tags");
        var count = counts!.Single(c => string.Equals(c.GetProperty("tag").GetString(), tag, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, count.GetProperty("customers").GetInt32());
    }

    [Fact]
    public async Task SortingAndCursorPagingVisitEveryMatchOnce()
    {
        var marker = GatewayFixture.NewName("pg");
        var names = new[] { "Eve", "Abe", "Dee", "Cal", "Bea" };
        foreach (var name in names)
        {
            await CreateAsync(Admin, Person(name, marker));
        }

        var ascending = await AllPagesAsync($"q={marker}&sort=name&limit=2");
        var descending = await AllPagesAsync($"q={marker}&sort=-name&limit=2");
        var byCreation = await AllPagesAsync($"q={marker}&sort=created&limit=3");

        Assert.Equal(["Abe", "Bea", "Cal", "Dee", "Eve"], ascending.Select(n => n.Split(' ')[0]));
        Assert.Equal(["Eve", "Dee", "Cal", "Bea", "Abe"], descending.Select(n => n.Split(' ')[0]));
        Assert.Equal(names, byCreation.Select(n => n.Split(' ')[0]));
    }

    [Fact]
    public async Task BadSortOrCursorIsRefused()
    {
        var sort = await Admin.GetAsync("/api/v1/customers?sort=shoe");
        var cursor = await Admin.GetAsync("/api/v1/customers?cursor=garbage!");

        Assert.True((await Problems.AssertAsync(sort, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("sort", out _));
        Assert.True((await Problems.AssertAsync(cursor, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("cursor", out _));
    }

    private async Task<List<long>> IdsAsync(string query) =>
        [.. (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers?{query}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];

    private async Task<List<string>> AllPagesAsync(string query)
    {
        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers?{query}" + (cursor is null ? "" : $"&cursor={cursor}"));
            names.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && names.Count < 100);

        return names;
    }
}

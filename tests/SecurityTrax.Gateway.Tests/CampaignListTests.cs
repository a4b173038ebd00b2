using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing.Fakes;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CampaignListTests(GatewayFixture fixture)
{
    [Fact]
    public async Task CampaignsAreListedNewestFirstWithStatusAndCounts()
    {
        var tenant = await fixture.CreateTenantAsync("campaign-list-password");
        using var admin = await fixture.SignInAsync(tenant, "admin", "campaign-list-password");
        var (good, _, _) = await CreateAsync(admin, Person("Good", "Address", $"{GatewayFixture.NewName("good")}@example.com"));
        var (bad, _, _) = await CreateAsync(admin, Person("Bad", "Address", $"{GatewayFixture.NewName("bad")}@{LocalSmtpServer.RejectedDomain}"));
        var templates = await admin.GetFromJsonAsync<JsonElement>("/api/v1/message-templates");
        var templateId = templates.EnumerateArray().First().GetProperty("id").GetInt32();
        var firstName = GatewayFixture.NewName("First ");
        var first = await CreateCampaignAsync(admin, firstName, templateId, [good, bad], null);
        await WaitUntilCompletedAsync(admin, first);
        await CreateCampaignAsync(admin, "Second", templateId, [good], DateTimeOffset.UtcNow.AddDays(7));
        var third = await CreateCampaignAsync(admin, "Third", templateId, [good], DateTimeOffset.UtcNow.AddDays(7));
        var etag = (await admin.GetAsync($"/api/v1/campaigns/{third}")).Headers.ETag!.Tag;
        (await SendAsync(admin, HttpMethod.Post, $"/api/v1/campaigns/{third}/cancel", etag)).EnsureSuccessStatusCode();

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/campaigns?limit=2");
        var rest = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns?limit=2&cursor={page.GetProperty("nextCursor").GetString()}");
        using var otherAdmin = await fixture.SignInAsAdminAsync();
        var other = await otherAdmin.GetFromJsonAsync<JsonElement>("/api/v1/campaigns?limit=100");

        Assert.Equal([("Third", "canceled"), ("Second", "scheduled")], Rows(page));
        Assert.Equal([(firstName, "completed")], Rows(rest));
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
        var done = rest.GetProperty("items")[0];
        Assert.Equal((first, 2, 0), (done.GetProperty("id").GetInt64(), done.GetProperty("dispatched").GetInt32(), done.GetProperty("skipped").GetInt32()));
        var counts = done.GetProperty("counts");
        Assert.Equal((1, 1, 0), (counts.GetProperty("sent").GetInt32(), counts.GetProperty("failed").GetInt32(), counts.GetProperty("queued").GetInt32()));
        Assert.DoesNotContain(other.GetProperty("items").EnumerateArray(), c => c.GetProperty("name").GetString() == firstName);
    }

    private static async Task<long> CreateCampaignAsync(HttpClient admin, string name, int templateId, long[] customerIds, DateTimeOffset? sendAt)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/campaigns", new { name, templateId, audience = new { customerIds }, sendAt });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task WaitUntilCompletedAsync(HttpClient admin, long campaignId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{campaignId}", timeout.Token)).GetProperty("status").GetString() != "completed")
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    private static (string?, string?)[] Rows(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("status").GetString()))];
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing.Fakes;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CampaignTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task ACampaignOfAThousandWithAFewBadAddressesFinishesWithExactCounts()
    {
        const int recipients = 1000;
        const int bad = 7;
        var tag = GatewayFixture.NewName("spring-");
        var ids = new long[recipients];
        await Parallel.ForEachAsync(Enumerable.Range(0, recipients), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var domain = i % (recipients / bad) == 3 && i / (recipients / bad) < bad ? LocalSmtpServer.RejectedDomain : "example.com";
            var (id, _, _) = await CreateAsync(Admin, Person("Camp", $"Member{i}", $"member{i}.{tag}@{domain}"));
            (await SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/customers/{id}/tags", $"/api/v1/customers/{id}", new { tag })).EnsureSuccessStatusCode();
            ids[i] = id;
        });
        var (outsider, _, _) = await CreateAsync(Admin, Person("Not", "Tagged", $"outsider.{tag}@example.com"));
        var subject = $"Spring check-up {tag}";
        var template = await Admin.PostAsJsonAsync("/api/v1/message-templates", new
        {
            name = GatewayFixture.NewName("Spring "), channel = "email", subject, htmlBody = "<p>Hi {{ customer.first_name }}</p>", isDynamic = true,
        });
        var templateId = (await template.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var created = await Admin.PostAsJsonAsync("/api/v1/campaigns", new { name = "Spring check-up", templateId, audience = new { tag } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaign = await WaitUntilAsync((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64(), "completed");

        var counts = campaign.GetProperty("counts");
        Assert.Equal((recipients - bad, bad, 0, 0), (counts.GetProperty("sent").GetInt32(), counts.GetProperty("failed").GetInt32(),
            counts.GetProperty("queued").GetInt32(), counts.GetProperty("unknown").GetInt32()));
        Assert.Equal((recipients, 0), (campaign.GetProperty("dispatched").GetInt32(), campaign.GetProperty("skipped").GetInt32()));
        var mails = Fixture.Smtp.Received.Where(m => m.Subject == subject).ToList();
        Assert.Equal(recipients - bad, mails.Count);
        Assert.Equal(recipients - bad, mails.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        Assert.DoesNotContain(mails, m => m.To.Mailboxes.Single().Address.StartsWith("outsider", StringComparison.Ordinal));
        var tab = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{ids[0]}/messages");
        Assert.Equal(campaign.GetProperty("id").GetInt64(), Assert.Single(tab.GetProperty("items").EnumerateArray()).GetProperty("campaignId").GetInt64());
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{outsider}/messages")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AScheduledCampaignWaitsAndCanBeCanceled()
    {
        var (id, _, _) = await CreateAsync(Admin, Person("Later", "Please", "later@example.com"));
        var templates = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/message-templates");
        var templateId = templates.EnumerateArray().First().GetProperty("id").GetInt32();

        var created = await Admin.PostAsJsonAsync("/api/v1/campaigns", new
        {
            name = "Next week", templateId, audience = new { customerIds = new[] { id } }, sendAt = DateTimeOffset.UtcNow.AddDays(7),
        });
        var campaign = await created.Content.ReadFromJsonAsync<JsonElement>();
        var cancel = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/campaigns/{campaign.GetProperty("id").GetInt64()}/cancel", created.Headers.ETag!.Tag);

        Assert.Equal("scheduled", campaign.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var canceled = await cancel.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("canceled", 0), (canceled.GetProperty("status").GetString(), canceled.GetProperty("dispatched").GetInt32()));
    }

    [Fact]
    public async Task CampaignsRefuseBadInputAndNeedTheirGrant()
    {
        var salesName = GatewayFixture.NewName("sales");
        await Fixture.CreateUserAsync(Admin, salesName, "Sales");
        using var sales = await Fixture.SignInAsync(GatewayFixture.Tenant, salesName, "a-good-password");

        var noAudience = await Admin.PostAsJsonAsync("/api/v1/campaigns", new { name = "x", templateId = 1, audience = new { } });
        var past = await Admin.PostAsJsonAsync("/api/v1/campaigns", new { name = "x", templateId = 1, audience = new { tag = "a" }, sendAt = DateTimeOffset.UtcNow.AddDays(-1) });
        var bySales = await sales.PostAsJsonAsync("/api/v1/campaigns", new { name = "x", templateId = 1, audience = new { tag = "a" } });

        var errors = await Problems.AssertAsync(noAudience, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty("audience", out _));
        errors = await Problems.AssertAsync(past, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty("sendAt", out _));
        await Problems.AssertAsync(bySales, HttpStatusCode.Forbidden, null);
    }

    private async Task<JsonElement> WaitUntilAsync(long campaignId, string status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            var campaign = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{campaignId}", timeout.Token);
            if (campaign.GetProperty("status").GetString() == status)
            {
                return campaign;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}

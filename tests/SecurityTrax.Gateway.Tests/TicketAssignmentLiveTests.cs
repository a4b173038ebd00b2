using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Two users with real SignalR clients: one assigns tickets, only the assignee is told, at once.</summary>
[Collection(GatewayCollection.Name)]
public sealed class TicketAssignmentLiveTests(GatewayFixture fixture, ITestOutputHelper output) : AdminSession(fixture)
{
    private const int Assignments = 40;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task OnlyTheAssigneeReceivesEachAssignmentAndLatencyIsPrinted()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Pat", "Vu"));
        var (assigner, assignerToken, _) = await UserAsync("Office");
        var (_, assigneeToken, assigneeId) = await UserAsync("Technician");
        await using var assignerLive = await LiveClient.ConnectAsync(Fixture.Gateway, assignerToken);
        await using var assigneeLive = await LiveClient.ConnectAsync(Fixture.Gateway, assigneeToken);

        var latencies = new List<double>();
        for (var i = 0; i < Assignments; i++)
        {
            var clock = Stopwatch.StartNew();
            var response = await assigner.PostAsJsonAsync($"/api/v1/customers/{customer}/notes",
                new { noteType = "Service", subject = $"Visit {i}", body = "Check the keypad.", ticket = new { assigneeId, priority = "high", due = "2026-12-24" } });
            var pushed = await assigneeLive.NextAsync(Patience);
            latencies.Add(clock.Elapsed.TotalMilliseconds);

            var ticket = await response.Content.ReadFromJsonAsync<JsonElement>();
            var data = pushed.GetProperty("data");
            Assert.Equal("ticket.assigned", pushed.GetProperty("kind").GetString());
            Assert.Equal(ticket.GetProperty("id").GetInt64(), data.GetProperty("ticketId").GetInt64());
            Assert.Equal(customer, data.GetProperty("customerId").GetInt64());
            Assert.Equal($"Visit {i}", data.GetProperty("subject").GetString());
            Assert.Equal("Pat Vu", data.GetProperty("customerName").GetString());
            Assert.Equal("high", data.GetProperty("priority").GetString());
            Assert.Equal("2026-12-24", data.GetProperty("due").GetString());
        }

        latencies.Sort();
        output.WriteLine(
            $"Assignment → push latency over {Assignments} assignments (HTTP request sent to SignalR message received): " +
            $"p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms");
        Assert.False(assignerLive.TryTake(out _));
        var inbox = await InboxAsync(assigneeToken);
        Assert.Equal(Assignments, inbox.Count(n => n.GetProperty("kind").GetString() == "ticket.assigned"));
    }

    [Fact]
    public async Task ClosingAndCommentingTellCreatorAndAssigneeButNotTheActor()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Quin", "Wu"));
        var (creator, creatorToken, _) = await UserAsync("Office");
        var (assignee, assigneeToken, assigneeId) = await UserAsync("Technician");
        await using var creatorLive = await LiveClient.ConnectAsync(Fixture.Gateway, creatorToken);
        await using var assigneeLive = await LiveClient.ConnectAsync(Fixture.Gateway, assigneeToken);
        var created = await creator.PostAsJsonAsync($"/api/v1/customers/{customer}/notes",
            new { noteType = "Service", body = "Siren weak.", ticket = new { assigneeId } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal("ticket.assigned", (await assigneeLive.NextAsync(Patience)).GetProperty("kind").GetString());

        (await SendCurrentAsync(assignee, HttpMethod.Post, $"/api/v1/notes/{id}/comments", $"/api/v1/notes/{id}", new { body = "Ordered a new siren." })).EnsureSuccessStatusCode();
        var commentToCreator = await creatorLive.NextAsync(Patience);
        var etag = await ETagAsync(assignee, $"/api/v1/notes/{id}");
        await SendAsync(creator, HttpMethod.Post, $"/api/v1/notes/{id}/status", etag, new { status = "closed" });
        var closedToAssignee = await assigneeLive.NextAsync(Patience);

        Assert.Equal("ticket.commented", commentToCreator.GetProperty("kind").GetString());
        Assert.Equal("Ordered a new siren.", commentToCreator.GetProperty("body").GetString());
        Assert.Equal("ticket.closed", closedToAssignee.GetProperty("kind").GetString());
        Assert.False(creatorLive.TryTake(out _));
        Assert.False(assigneeLive.TryTake(out _));
    }

    [Fact]
    public async Task AnAssignmentMadeWhileTheAssigneesGatewayWasDownIsReadFromTheInbox()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Rae", "Xu"));
        var (_, assigneeToken, assigneeId) = await UserAsync("Technician");
        var gateway = Fixture.StartGateway();
        var lastSeen = (await InboxAsync(assigneeToken))[^1].GetProperty("sequence").GetInt64();
        var live = await LiveClient.ConnectAsync(gateway, assigneeToken);
        await live.DisposeAsync();
        await gateway.DisposeAsync();

        var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes",
            new { noteType = "Service", subject = "While you were away", body = "x", ticket = new { assigneeId } });
        var ticketId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var restarted = Fixture.StartGateway();
        await using var reconnected = await LiveClient.ConnectAsync(restarted, assigneeToken);
        using var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", assigneeToken);
        var missed = (await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/me/notifications?after={lastSeen}"))!;

        var assignment = Assert.Single(missed);
        Assert.Equal("ticket.assigned", assignment.GetProperty("kind").GetString());
        Assert.Equal(ticketId, assignment.GetProperty("data").GetProperty("ticketId").GetInt64());
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private async Task<JsonElement[]> InboxAsync(string token)
    {
        using var client = Fixture.Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/me/notifications?limit=200"))!;
    }

    private async Task<(HttpClient Client, string Token, long Id)> UserAsync(string role)
    {
        var name = GatewayFixture.NewName("u");
        var id = await Fixture.CreateUserAsync(Admin, name, role);
        var token = (await Fixture.TokenAsync(GatewayFixture.Tenant, name, "a-good-password")).GetProperty("accessToken").GetString()!;
        var client = Fixture.Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (client, token, id);
    }
}

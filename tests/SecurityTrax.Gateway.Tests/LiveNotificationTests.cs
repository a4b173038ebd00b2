using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Grain → tenant hub grain → gateway observer → SignalR group of the user, and the inbox behind it.</summary>
[Collection(GatewayCollection.Name)]
public sealed class LiveNotificationTests(GatewayFixture fixture, ITestOutputHelper output) : AdminSession(fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ChangingAUserPushesToThatUserOnlyAndLandsInTheirInbox()
    {
        var (uId, uToken) = await NewUserAsync("live-u");
        var (vId, vToken) = await NewUserAsync("live-v");
        await using var u = await LiveClient.ConnectAsync(Fixture.Gateway, uToken);
        await using var v = await LiveClient.ConnectAsync(Fixture.Gateway, vToken);

        var clock = Stopwatch.StartNew();
        await ChangeDisplayNameAsync(uId, "U renamed");
        var pushedToU = await u.NextAsync(Patience);
        output.WriteLine($"Push latency, change request to SignalR delivery: {clock.Elapsed.TotalMilliseconds:F1} ms");
        await ChangeDisplayNameAsync(vId, "V renamed");
        var pushedToV = await v.NextAsync(Patience);

        Assert.Equal("user.changed", pushedToU.GetProperty("kind").GetString());
        Assert.Equal("admin", pushedToU.GetProperty("data").GetProperty("changedBy").GetString());
        var uInbox = await InboxAsync(Fixture.Gateway, uToken, 0);
        var vInbox = await InboxAsync(Fixture.Gateway, vToken, 0);
        Assert.Equal(uInbox[^1].GetProperty("id").GetInt64(), pushedToU.GetProperty("id").GetInt64());
        Assert.Equal(vInbox[^1].GetProperty("id").GetInt64(), pushedToV.GetProperty("id").GetInt64());
        Assert.Equal(uInbox[^1].GetProperty("sequence").GetInt64(), pushedToU.GetProperty("sequence").GetInt64());
        Assert.Equal(pushedToU.GetProperty("sequence").GetInt64(), pushedToU.GetProperty("id").GetInt64());
        Assert.DoesNotContain(uInbox, n => n.GetProperty("id").GetInt64() == pushedToV.GetProperty("id").GetInt64());
        Assert.False(u.TryTake(out _));
        Assert.False(v.TryTake(out _));
    }

    [Fact]
    public async Task NotificationsSentWhileTheGatewayWasDownAreInTheInboxAfterReconnecting()
    {
        var (id, token) = await NewUserAsync("restart");
        var gateway = Fixture.StartGateway();
        var lastSeen = (await InboxAsync(gateway, token, 0))[^1].GetProperty("sequence").GetInt64();
        var live = await LiveClient.ConnectAsync(gateway, token);

        await live.DisposeAsync();
        await gateway.DisposeAsync();
        await ChangeDisplayNameAsync(id, "Changed while the gateway was down");

        var restarted = Fixture.StartGateway();
        await using var reconnected = await LiveClient.ConnectAsync(restarted, token);
        var missed = await InboxAsync(restarted, token, lastSeen);

        var notification = Assert.Single(missed);
        Assert.Equal("user.changed", notification.GetProperty("kind").GetString());
        Assert.True(notification.GetProperty("sequence").GetInt64() > lastSeen);

        await ChangeDisplayNameAsync(id, "Changed after the restart");
        var pushed = await reconnected.NextAsync(Patience);
        Assert.Equal((await InboxAsync(restarted, token, lastSeen))[^1].GetProperty("id").GetInt64(), pushed.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task InboxPagesWithAfterAndLimit()
    {
        var (id, token) = await NewUserAsync("pages");
        await ChangeDisplayNameAsync(id, "One");
        await ChangeDisplayNameAsync(id, "Two");

        var all = await InboxAsync(Fixture.Gateway, token, 0);
        Assert.Equal(["user.created", "user.changed", "user.changed"], all.Select(n => n.GetProperty("kind").GetString()!));
        var afterFirst = await InboxAsync(Fixture.Gateway, token, all[0].GetProperty("sequence").GetInt64(), 1);

        Assert.Equal(all[1].GetProperty("id").GetInt64(), Assert.Single(afterFirst).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task TheInboxReadsNewestFirstAndPagesBackWithBefore()
    {
        var (id, token) = await NewUserAsync("newest");
        await ChangeDisplayNameAsync(id, "One");
        await ChangeDisplayNameAsync(id, "Two");
        using var client = Fixture.Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var inbox = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/me/notifications"))!;
        var sequences = inbox.Select(n => n.GetProperty("sequence").GetInt64()).ToArray();
        var older = (await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/me/notifications?before={sequences[0]}&limit=1"))!;

        Assert.Equal(["user.changed", "user.changed", "user.created"], inbox.Select(n => n.GetProperty("kind").GetString()!));
        Assert.Equal(sequences.OrderDescending(), sequences);
        Assert.Equal(sequences[1], Assert.Single(older).GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task AnInboxRowStoredWithTextDataReadsWithNumbersAsNumbers()
    {
        var (id, token) = await NewUserAsync("oldrow");
        // A row as the outbox wrote it before payloads were typed: every value text.
        await Fixture.Database.ExecuteAsync($$"""
            INSERT INTO notifications (tenant_id, id, user_id, kind, title, body, data, created_at)
            VALUES ('{{GatewayFixture.Tenant}}', gen_random_uuid(), '{{id}}', 'payment.succeeded', 'Payment 12 succeeded', NULL,
                    '{"paymentId":"12","customerId":"1001","amount":"150.5","status":"succeeded","reason":""}', now())
            """);

        var row = (await InboxAsync(Fixture.Gateway, token, 0))[^1];

        var data = row.GetProperty("data");
        Assert.Equal(
            """{"paymentId":12,"customerId":1001,"amount":150.50,"status":"succeeded","reason":""}""",
            data.GetRawText());
        Assert.Equal(row.GetProperty("sequence").GetInt64(), row.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task HubRefusesAConnectionWithoutAToken()
    {
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => LiveClient.ConnectAsync(Fixture.Gateway, "not-a-token"));
    }

    private async Task<(long Id, string Token)> NewUserAsync(string prefix)
    {
        var name = GatewayFixture.NewName(prefix);
        var id = await Fixture.CreateUserAsync(Admin, name, "Office");
        var token = await Fixture.TokenAsync(GatewayFixture.Tenant, name, "a-good-password");
        return (id, token.GetProperty("accessToken").GetString()!);
    }

    private async Task ChangeDisplayNameAsync(long userId, string displayName)
    {
        var read = await Admin.GetAsync($"/api/v1/users/{userId}");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/users/{userId}")
        {
            Content = JsonContent.Create(new { displayName, role = "Office" }),
        };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await Admin.SendAsync(request)).StatusCode);
    }

    private static async Task<JsonElement[]> InboxAsync(WebApplicationFactory<Program> gateway, string token, long after, int limit = 100)
    {
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/me/notifications?after={after}&limit={limit}"))!;
    }
}

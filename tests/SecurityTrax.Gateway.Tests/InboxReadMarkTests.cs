using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

/// <summary>The per-user read mark of the inbox: <c>GET/POST /api/v1/me/notifications/read</c> and each item's <c>read</c>.</summary>
[Collection(GatewayCollection.Name)]
public sealed class InboxReadMarkTests(GatewayFixture fixture) : AdminSession(fixture)
{
    private const string Mark = "/api/v1/me/notifications/read";

    [Fact]
    public async Task MarkingReadUpToANotificationCountsOnlyNewerOnesUnread()
    {
        var (user, sequences) = await UserWithThreeNotificationsAsync("mark");

        var before = await user.GetFromJsonAsync<JsonElement>(Mark);
        var marked = await user.PostAsJsonAsync(Mark, new { upTo = sequences[1] });

        Assert.Equal((0L, 3), Of(before));
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal((sequences[1], 1), Of(await marked.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal((sequences[1], 1), Of(await user.GetFromJsonAsync<JsonElement>(Mark)));
        var inbox = (await user.GetFromJsonAsync<JsonElement[]>("/api/v1/me/notifications"))!;
        Assert.Equal(
            [(sequences[2], false), (sequences[1], true), (sequences[0], true)],
            inbox.Select(n => (n.GetProperty("sequence").GetInt64(), n.GetProperty("read").GetBoolean())));
    }

    [Fact]
    public async Task TheMarkNeverMovesBackAndARepeatChangesNothing()
    {
        var (user, sequences) = await UserWithThreeNotificationsAsync("never-back");
        (await user.PostAsJsonAsync(Mark, new { upTo = sequences[2] })).EnsureSuccessStatusCode();

        var older = await user.PostAsJsonAsync(Mark, new { upTo = sequences[0] });
        var repeat = await user.PostAsJsonAsync(Mark, new { upTo = sequences[2] });

        Assert.Equal((HttpStatusCode.OK, (sequences[2], 0)), (older.StatusCode, Of(await older.Content.ReadFromJsonAsync<JsonElement>())));
        Assert.Equal((HttpStatusCode.OK, (sequences[2], 0)), (repeat.StatusCode, Of(await repeat.Content.ReadFromJsonAsync<JsonElement>())));
        Assert.Equal((sequences[2], 0), Of(await user.GetFromJsonAsync<JsonElement>(Mark)));
    }

    [Fact]
    public async Task TheMarkIsPerUserAndLeavesAnotherUsersMarkAlone()
    {
        var (u, uSequences) = await UserWithThreeNotificationsAsync("per-user-u");
        var (v, vSequences) = await UserWithThreeNotificationsAsync("per-user-v");
        (await v.PostAsJsonAsync(Mark, new { upTo = vSequences[0] })).EnsureSuccessStatusCode();

        (await u.PostAsJsonAsync(Mark, new { upTo = uSequences[2] })).EnsureSuccessStatusCode();

        Assert.Equal((uSequences[2], 0), Of(await u.GetFromJsonAsync<JsonElement>(Mark)));
        Assert.Equal((vSequences[0], 2), Of(await v.GetFromJsonAsync<JsonElement>(Mark)));
        var vInbox = (await v.GetFromJsonAsync<JsonElement[]>("/api/v1/me/notifications"))!;
        Assert.Equal([false, false, true], vInbox.Select(n => n.GetProperty("read").GetBoolean()));
    }

    [Fact]
    public async Task AMarkBeyondTheUsersNewestNotificationOrNotANumberIsRefusedByFieldAndChangesNothing()
    {
        var (u, uSequences) = await UserWithThreeNotificationsAsync("bad-u");
        var (_, vSequences) = await UserWithThreeNotificationsAsync("bad-v");
        (await u.PostAsJsonAsync(Mark, new { upTo = uSequences[0] })).EnsureSuccessStatusCode();

        var othersNotification = await u.PostAsJsonAsync(Mark, new { upTo = vSequences[2] });
        var zero = await u.PostAsJsonAsync(Mark, new { upTo = 0 });
        var missing = await u.PostAsJsonAsync(Mark, new { });

        Assert.Equal(
            $"{vSequences[2]} is after your newest notification.",
            (await Problems.AssertAsync(othersNotification, HttpStatusCode.BadRequest, null)).GetProperty("upTo")[0].GetString());
        Assert.Equal(
            "A notification's sequence is 1 or more.",
            (await Problems.AssertAsync(zero, HttpStatusCode.BadRequest, null)).GetProperty("upTo")[0].GetString());
        Assert.Equal(JsonValueKind.Array, (await Problems.AssertAsync(missing, HttpStatusCode.BadRequest, null)).GetProperty("upTo").ValueKind);
        Assert.Equal((uSequences[0], 2), Of(await u.GetFromJsonAsync<JsonElement>(Mark)));
    }

    private static (long ReadUpTo, int Unread) Of(JsonElement mark) =>
        (mark.GetProperty("readUpTo").GetInt64(), mark.GetProperty("unread").GetInt32());

    /// <summary>A fresh user with three notifications (created, renamed twice); their sequences oldest first.</summary>
    private async Task<(HttpClient User, long[] Sequences)> UserWithThreeNotificationsAsync(string prefix)
    {
        var name = GatewayFixture.NewName(prefix);
        var id = await Fixture.CreateUserAsync(Admin, name, "Office");
        foreach (var displayName in new[] { "One", "Two" })
        {
            var read = await Admin.GetAsync($"/api/v1/users/{id}");
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/users/{id}")
            {
                Content = JsonContent.Create(new { displayName, role = "Office" }),
            };
            request.Headers.IfMatch.Add(read.Headers.ETag!);
            Assert.Equal(HttpStatusCode.OK, (await Admin.SendAsync(request)).StatusCode);
        }

        var user = await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");
        var inbox = (await user.GetFromJsonAsync<JsonElement[]>("/api/v1/me/notifications?after=0"))!;
        Assert.Equal(3, inbox.Length);
        return (user, [.. inbox.Select(n => n.GetProperty("sequence").GetInt64())]);
    }
}

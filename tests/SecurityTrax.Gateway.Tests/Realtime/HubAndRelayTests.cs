using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Errors;
using SecurityTrax.Gateway.Realtime;
using SecurityTrax.Identity;
using SecurityTrax.Notifications;

namespace SecurityTrax.Gateway.Tests.Realtime;

/// <summary>
/// Only silo code publishes live events (a client's publish is refused), and a gateway sends what a tenant's hub grain
/// hands it to that tenant's users only. A silo grain cannot be made to publish a forged event, so the forged events
/// are handed to the gateway's observer of that tenant directly, as the hub grain would.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class HubAndRelayTests(GatewayFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private const string Ours = GatewayFixture.Tenant;

    [Fact]
    public void TheHubOffersBrowsersOnlyWatchingAndNothingThatPublishes()
    {
        // What SignalR lets a client invoke: public instance methods not inherited from Hub (or object).
        var invocable = typeof(EventsHub).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType is { } d && d != typeof(object) && !IsHubBase(d))
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["UnwatchCustomer", "WatchCustomer"], invocable);
    }

    [Fact]
    public async Task AGatewayCannotPublishIntoAnyTenantsLiveEvents()
    {
        var client = fixture.Gateway.Services.GetRequiredService<IClusterClient>();
        CallerContext.Set(Caller.System(Ours, "gateway"));

        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => Publisher(client, Ours).PublishAsync([Notification(Ours, "1", "forged by a client")]));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task ANotificationNamingAnotherTenantIsDroppedNotSentToThatTenantsUser()
    {
        var (ourUser, ourToken, theirs, theirUser, theirToken) = await TwoCompaniesAsync();
        await using var ourLive = await LiveClient.ConnectAsync(fixture.Gateway, ourToken);
        await using var theirLive = await LiveClient.ConnectAsync(fixture.Gateway, theirToken);
        // A hub call returns after the connection's start (joining its groups, subscribing its tenant) has run.
        await ourLive.WatchCustomerAsync(1);
        await theirLive.WatchCustomerAsync(1);

        // What our hub grain hands our observer: a forged event for their user, then a genuine one for ours; when ours
        // arrives, the forged one was handled.
        await Observer(Ours).OnNotificationsAsync([Notification(theirs, theirUser, "forged"), Notification(Ours, ourUser, "ours")]);
        Assert.Equal("ours", (await ourLive.NextAsync(Patience)).GetProperty("title").GetString());
        await Observer(theirs).OnNotificationsAsync([Notification(theirs, theirUser, "theirs")]);

        Assert.Equal("theirs", (await theirLive.NextAsync(Patience)).GetProperty("title").GetString());
        Assert.False(theirLive.TryTake(out _));
    }

    [Fact]
    public async Task ACustomerEventNamingAnotherTenantIsDroppedNotSentToThatTenantsWatchers()
    {
        var (_, ourToken, theirs, _, theirToken) = await TwoCompaniesAsync();
        await using var ourLive = await LiveClient.ConnectAsync(fixture.Gateway, ourToken);
        await using var theirLive = await LiveClient.ConnectAsync(fixture.Gateway, theirToken);
        await ourLive.WatchCustomerAsync(1001);
        await theirLive.WatchCustomerAsync(1001);

        await Observer(Ours).OnCustomerEventAsync(CustomerEvent(theirs, "payment.refunded"));
        await Observer(Ours).OnCustomerEventAsync(CustomerEvent(Ours, "payment.succeeded"));
        Assert.Equal("payment.succeeded", (await ourLive.NextCustomerEventAsync(Patience)).GetProperty("kind").GetString());
        await Observer(theirs).OnCustomerEventAsync(CustomerEvent(theirs, "payment.failed"));

        Assert.Equal("payment.failed", (await theirLive.NextCustomerEventAsync(Patience)).GetProperty("kind").GetString());
    }

    private async Task<(string OurUser, string OurToken, string Theirs, string TheirUser, string TheirToken)> TwoCompaniesAsync()
    {
        var theirs = await fixture.CreateTenantAsync("their-admin-password");
        using var ourAdmin = await fixture.SignInAsAdminAsync();
        using var theirAdmin = await fixture.SignInAsync(theirs, "admin", "their-admin-password");
        var (ourUser, ourToken) = await UserAsync(ourAdmin, Ours);
        var (theirUser, theirToken) = await UserAsync(theirAdmin, theirs);
        return (ourUser, ourToken, theirs, theirUser, theirToken);
    }

    private async Task<(string Id, string Token)> UserAsync(HttpClient admin, string tenant)
    {
        var name = GatewayFixture.NewName("relay");
        var id = await fixture.CreateUserAsync(admin, name, "Office");
        var token = await fixture.TokenAsync(tenant, name, "a-good-password");
        return (id.ToString(CultureInfo.InvariantCulture), token.GetProperty("accessToken").GetString()!);
    }

    /// <summary>The gateway's observer of <paramref name="tenant"/>'s hub grain: what that grain calls with each event.</summary>
    private IEventsObserver Observer(string tenant) =>
        fixture.Gateway.Services.GetRequiredService<NotificationRelay>().ObserverOf(tenant) ?? throw new InvalidOperationException($"No observer of {tenant}");

    private static INotificationPublisherGrain Publisher(IGrainFactory grains, string tenant) =>
        grains.GetGrain<INotificationPublisherGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id));

    private static NotificationDetails Notification(string tenant, string userId, string title) =>
        new(tenant, userId, 1, Guid.NewGuid(), "user.changed", title, null, new NotificationPayload(), DateTimeOffset.UtcNow);

    private static CustomerEvent CustomerEvent(string tenant, string kind) =>
        new(tenant, 1001, kind, new NotificationPayload { CustomerId = 1001 }, DateTimeOffset.UtcNow);

    private static bool IsHubBase(Type type) => type == typeof(Hub) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Hub<>));
}

using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>
/// Tests of payments against the fake Stripe server: a service of their own on the collection's database, one fake
/// business clock, and silos started (and restarted after a crash) on demand.
/// </summary>
public abstract class StripeSiloTests(PostgresFixture fixture) : IAsyncLifetime
{
    protected PostgresFixture Fixture { get; } = fixture;

    protected string ServiceId { get; } = PostgresFixture.NewId("svc");

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero));

    protected FakeStripeServer Stripe { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Stripe = await FakeStripeServer.StartAsync();

    public virtual async Task DisposeAsync() => await Stripe.DisposeAsync();

    /// <summary>A silo of this service whose payments go to the fake Stripe server (the platform key), or the sandbox when the key is null.</summary>
    protected Task<TestSilo> StartSiloAsync(string? platformKey = FakeStripeServer.DefaultApiKey, string? cardSettlementCutoff = null) =>
        StripeTestSilo.StartAsync(Fixture, ServiceId, Clock, Stripe, platformKey, cardSettlementCutoff);
}

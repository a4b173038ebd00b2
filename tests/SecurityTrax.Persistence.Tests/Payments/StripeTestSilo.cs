using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>A silo of one service whose payments go to the fake Stripe server (the platform key), or the sandbox when the key is null.</summary>
public static class StripeTestSilo
{
    /// <summary>The platform's webhook signing secret, so tests can deliver signed events to the webhook grain.</summary>
    public const string WebhookSecret = "whsec_persistence_tests";

    public static Task<TestSilo> StartAsync(
        PostgresFixture fixture, string serviceId, TimeProvider clock, FakeStripeServer stripe, string? platformKey = FakeStripeServer.DefaultApiKey,
        string? cardSettlementCutoff = null) =>
        TestSilo.StartAsync(
            fixture.Database,
            serviceId,
            PostgresFixture.NewId("cluster"),
            configureServices: s => s.AddKeyedSingleton(Clock.Key, clock),
            settings: new Dictionary<string, string?>
            {
                ["Payments:Stripe:SecretKey"] = platformKey,
                ["Payments:Stripe:ApiBase"] = stripe.BaseUrl,
                ["Payments:Stripe:WebhookSecret"] = WebhookSecret,
                ["Payments:CardSettlementCutoff"] = cardSettlementCutoff,
            });
}

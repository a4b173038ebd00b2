using System.Collections.Concurrent;
using SecurityTrax.Integrations;
using Stripe;

namespace SecurityTrax.Payments.Processing;

/// <summary>
/// Picks a company's processor: Stripe with the company's own keys (per-company integration settings) when it has
/// them, else Stripe with the platform-wide key when one is configured, else the sandbox.
/// </summary>
/// <remarks>Credentials are read per operation, so a changed key applies at once; clients are kept per key.</remarks>
public sealed class PaymentProcessors
{
    private readonly IPaymentProcessor _platform;
    private readonly ConcurrentDictionary<string, StripeProcessor> _byKey = new(StringComparer.Ordinal);

    public PaymentProcessors(PaymentsOptions options, TimeProvider time)
    {
        Options = options;
        _platform = string.IsNullOrWhiteSpace(options.Stripe.SecretKey)
            ? new SandboxProcessor(time, options.SandboxSettlementDelay)
            : Stripe(options.Stripe.SecretKey);
    }

    public PaymentsOptions Options { get; }

    public async Task<IPaymentProcessor> ForAsync(IGrainFactory grains, string tenant) =>
        await CompanyStripeAsync(grains, tenant) is { } own ? Stripe(own.SecretKey) : _platform;

    /// <summary>The webhook signing secret of the company's Stripe account (its own, else the platform's), or null.</summary>
    public async Task<string?> WebhookSecretForAsync(IGrainFactory grains, string tenant) =>
        (await CompanyStripeAsync(grains, tenant))?.WebhookSigningSecret ?? Options.Stripe.WebhookSecret;

    private static Task<StripeCredentials?> CompanyStripeAsync(IGrainFactory grains, string tenant) =>
        grains.GetGrain<IIntegrationSecretsGrain>(GrainKeys.For(tenant, IIntegrationSettingsGrain.Id)).GetStripeAsync();

    private StripeProcessor Stripe(string secretKey) => _byKey.GetOrAdd(secretKey, key =>
    {
        var stripe = Options.Stripe;
        var apiBase = string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase.TrimEnd('/');
        return new StripeProcessor(new StripeClient(new StripeClientOptions
        {
            ApiKey = key,
            ApiBase = apiBase,
            // Our idempotency keys make Stripe.net's own retries safe; a test fake sees every attempt itself.
            HttpClient = new SystemNetHttpClient(new HttpClient { Timeout = stripe.Timeout }, maxNetworkRetries: apiBase is null ? 2 : 0, enableTelemetry: false),
        }));
    });
}

using System.Collections.Concurrent;
using SecurityTrax.Integrations;
using Stripe;

namespace SecurityTrax.Payments.Processing;

/// <summary>
/// Picks a company's processor: Stripe with the company's own keys (per-company integration settings) when it has
/// them, else Stripe with the platform-wide key when one is configured, else the sandbox. A payment keeps the account
/// it was made on (<see cref="ProcessorAccount"/>) and is resolved by it afterwards.
/// </summary>
/// <remarks>Credentials are read per operation, so a changed key applies at once to new payments; clients are kept per key.</remarks>
public sealed class PaymentProcessors
{
    private readonly IPaymentProcessor _platform;
    private readonly string _platformAccount;
    private readonly SandboxProcessor _sandbox;
    private readonly ConcurrentDictionary<string, StripeProcessor> _byKey = new(StringComparer.Ordinal);

    public PaymentProcessors(PaymentsOptions options, TimeProvider time)
    {
        Options = options;
        _sandbox = new SandboxProcessor(time, options.SandboxSettlementDelay);
        (_platform, _platformAccount) = string.IsNullOrWhiteSpace(options.Stripe.SecretKey)
            ? ((IPaymentProcessor)_sandbox, ProcessorAccount.Sandbox)
            : (Stripe(options.Stripe.SecretKey), ProcessorAccount.OfStripeKey(options.Stripe.SecretKey));
    }

    public PaymentsOptions Options { get; }

    public async Task<IPaymentProcessor> ForAsync(IGrainFactory grains, string tenant) => (await ForNewAsync(grains, tenant)).Processor;

    /// <summary>The processor a new payment is made on, and the account to pin it to.</summary>
    public async Task<(IPaymentProcessor Processor, string Account)> ForNewAsync(IGrainFactory grains, string tenant) =>
        await CompanyStripeAsync(grains, tenant) is { } own ? (Stripe(own.SecretKey), ProcessorAccount.OfStripeKey(own.SecretKey)) : (_platform, _platformAccount);

    /// <summary>The processor a billing method is set up on, with the publishable key its browser library needs (none for the sandbox).</summary>
    public async Task<(IPaymentProcessor Processor, string? PublishableKey)> ForSetupAsync(IGrainFactory grains, string tenant) =>
        await CompanyStripeAsync(grains, tenant) is { } own
            ? (Stripe(own.SecretKey), own.PublishableKey)
            : (_platform, _platform is StripeProcessor && !string.IsNullOrWhiteSpace(Options.Stripe.PublishableKey) ? Options.Stripe.PublishableKey : null);

    /// <summary>
    /// The processor of the account a payment was made on; null when that account's key is no longer known here. A
    /// payment made before accounts were pinned (null) goes to the company's current processor, as it always did.
    /// </summary>
    public async Task<IPaymentProcessor?> ForAccountAsync(IGrainFactory grains, string tenant, string? account)
    {
        if (account is null)
        {
            return await ForAsync(grains, tenant);
        }

        if (account == _platformAccount)
        {
            return _platform;
        }

        if (account == ProcessorAccount.Sandbox)
        {
            return _sandbox;
        }

        return await Secrets(grains, tenant).GetStripeKeyAsync(account) is { } key ? Stripe(key) : null;
    }

    /// <summary>
    /// Every signing secret the company's webhooks may carry: its own (current and kept earlier ones), and the platform's
    /// only while the company uses the platform's account (has none of its own), so an event the platform's account
    /// signed for one company is not taken at another company's address.
    /// </summary>
    public async Task<IReadOnlyList<string>> WebhookSecretsForAsync(IGrainFactory grains, string tenant)
    {
        var secrets = (await Secrets(grains, tenant).GetStripeWebhookSecretsAsync()).ToList();
        if (!string.IsNullOrEmpty(Options.Stripe.WebhookSecret) && await CompanyStripeAsync(grains, tenant) is null)
        {
            secrets.Add(Options.Stripe.WebhookSecret);
        }

        return secrets;
    }

    private static Task<StripeCredentials?> CompanyStripeAsync(IGrainFactory grains, string tenant) => Secrets(grains, tenant).GetStripeAsync();

    private static IIntegrationSecretsGrain Secrets(IGrainFactory grains, string tenant) =>
        grains.GetGrain<IIntegrationSecretsGrain>(GrainKeys.For(tenant, IIntegrationSettingsGrain.Id));

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

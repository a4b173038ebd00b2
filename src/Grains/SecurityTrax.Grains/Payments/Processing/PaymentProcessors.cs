using Stripe;

namespace SecurityTrax.Payments.Processing;

/// <summary>
/// Picks a tenant's processor: Stripe with the platform-wide key when one is configured, the sandbox otherwise.
/// Per-tenant credentials will be resolved here first, falling back to these.
/// </summary>
public sealed class PaymentProcessors
{
    private readonly IPaymentProcessor _platform;

    public PaymentProcessors(PaymentsOptions options, TimeProvider time, HttpClient? http = null)
    {
        Options = options;
        _platform = string.IsNullOrWhiteSpace(options.Stripe.SecretKey)
            ? new SandboxProcessor(time, options.SandboxSettlementDelay)
            : new StripeProcessor(CreateClient(options.Stripe, http));
    }

    public PaymentsOptions Options { get; }

    public IPaymentProcessor For(string tenant) => _platform;

    /// <summary>The webhook signing secret of a tenant's Stripe account, or null when none is configured.</summary>
    public string? WebhookSecretFor(string tenant) => Options.Stripe.WebhookSecret;

    private static StripeClient CreateClient(StripeOptions stripe, HttpClient? http)
    {
        var client = http ?? new HttpClient { Timeout = stripe.Timeout };
        var apiBase = string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase.TrimEnd('/');
        return new StripeClient(new StripeClientOptions
        {
            ApiKey = stripe.SecretKey,
            ApiBase = apiBase,
            // Our idempotency keys make Stripe.net's own retries safe; a test fake sees every attempt itself.
            HttpClient = new SystemNetHttpClient(client, maxNetworkRetries: apiBase is null ? 2 : 0, enableTelemetry: false),
        });
    }
}

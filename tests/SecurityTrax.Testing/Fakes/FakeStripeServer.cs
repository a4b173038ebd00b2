using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Stripe;

namespace SecurityTrax.Testing.Fakes;

/// <summary>
/// A local stand-in for Stripe's API on a loopback port, for the real Stripe.net client: customers, setup intents,
/// payment methods, off-session payment intents (and their cancelling), charges and refunds, with Stripe's test payment methods
/// (<see cref="FakeStripeTestMethods"/>), idempotency keys, error bodies and planned network faults. Everything is
/// in memory and recorded for assertions; objects belong to the API key that created them.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    public const string DefaultApiKey = "sk_test_securitytrax_fake";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly FakeStripeFaults _faults = new();
    private readonly FakeStripeStore _store;
    private readonly FakeStripePaymentMethods _methods;
    private readonly FakeStripeCharges _charges;
    private readonly FakeStripePipeline _pipeline;
    private readonly FakeStripeRefunds _refunds;
    private readonly FakeStripePaymentIntents _intents;
    private readonly TimeProvider _time;
    private readonly List<HttpClient> _httpClients = [];

    private FakeStripeServer(TimeProvider time)
    {
        _time = time;
        _store = new FakeStripeStore(time);
        _methods = new FakeStripePaymentMethods(_store);
        _charges = new FakeStripeCharges(_store);
        _pipeline = new FakeStripePipeline(_gate, _faults, _stopping.Token);
        _refunds = new FakeStripeRefunds(_store);
        _intents = new FakeStripePaymentIntents(_store, _methods, _charges);

        // An empty builder: no configuration files or environment variables can move the fake to another address.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        MapRoutes();
    }

    /// <summary>The base address for <see cref="StripeClientOptions.ApiBase"/>, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<FakeStripeRequest> Requests => _pipeline.Requests;

    public int RequestCount => Requests.Count;

    /// <summary>Every charge attempt, in order, including declined (failed) and pending bank debits.</summary>
    public IReadOnlyList<FakeStripeCharge> Charges => Read<IReadOnlyList<FakeStripeCharge>>(() => [.. _store.All("charge").Select(FakeStripeCharge.From)]);

    public IReadOnlyList<FakeStripeRefund> Refunds => Read<IReadOnlyList<FakeStripeRefund>>(() => [.. _store.All("refund").Select(FakeStripeRefund.From)]);

    public static async Task<FakeStripeServer> StartAsync(TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeStripeServer(time ?? TimeProvider.System);
        await server._app.StartAsync(cancellationToken);
        var addresses = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        server.BaseUrl = addresses.Addresses.Single().TrimEnd('/');
        return server;
    }

    /// <summary>A real Stripe.net client for this server: no automatic retries, so every attempt is the test's own.</summary>
    public StripeClient CreateClient(string apiKey = DefaultApiKey)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        lock (_gate)
        {
            _httpClients.Add(http);
        }

        return new StripeClient(new StripeClientOptions
        {
            ApiKey = apiKey,
            ApiBase = BaseUrl,
            ConnectBase = BaseUrl,
            FilesBase = BaseUrl,
            MeterEventsBase = BaseUrl,
            HttpClient = new SystemNetHttpClient(http, maxNetworkRetries: 0, enableTelemetry: false),
        });
    }

    /// <summary>
    /// Plays <paramref name="fault"/> on the next request whose path starts with <paramref name="pathPrefix"/> (any
    /// request when null). The task completes once the fault has been played, after processing for the "after" kinds.
    /// </summary>
    public Task FailNextRequest(FakeStripeFault fault, string? pathPrefix = null) => _faults.Add(fault, pathPrefix);

    /// <summary>A copy of the object with this id as the API would return it now, or null.</summary>
    public JsonObject? FindObject(string id) => Read(() => _store.Find(id)?.Json.DeepClone().AsObject());

    /// <summary>
    /// What Stripe.js does when the customer submits the card or bank form of a setup intent: the test method becomes
    /// a payment method attached to the intent's customer and the intent succeeds. A method that is declined on
    /// attach leaves the intent waiting, with <c>last_setup_error</c>. Returns the new payment method's id.
    /// </summary>
    public string ConfirmSetupIntent(string setupIntentId, string testPaymentMethod)
    {
        lock (_gate)
        {
            var stored = _store.Find(setupIntentId) is { Type: "setup_intent" } found
                ? found
                : throw new ArgumentException($"No setup intent {setupIntentId}.", nameof(setupIntentId));
            var intent = stored.Json;
            var (method, behaviour) = _methods.Resolve(stored.Account, null, testPaymentMethod, "payment_method");
            if (behaviour.DeclinesOnAttach)
            {
                intent["last_setup_error"] = FakeStripeErrors.CardError(behaviour, method, chargeId: null);
                return (string)method["id"]!;
            }

            method["customer"] = intent["customer"]?.DeepClone();
            intent["payment_method"] = method["id"]!.DeepClone();
            intent["last_setup_error"] = null;
            intent["status"] = "succeeded";
            return (string)method["id"]!;
        }
    }

    /// <summary>
    /// What Stripe.js does when the customer confirms a payment intent in the Payment Element with a test method
    /// (<c>pm_card_visa</c>, <c>pm_card_authenticationRequired</c> passes 3-D Secure, <c>pm_usBankAccount_success</c>
    /// starts a bank debit). Returns the webhook event Stripe then sends: <c>payment_intent.succeeded</c>,
    /// <c>payment_intent.processing</c> or <c>payment_intent.payment_failed</c>.
    /// </summary>
    public string ConfirmPaymentIntent(string paymentIntentId, string testPaymentMethod)
    {
        lock (_gate)
        {
            var stored = _store.Find(paymentIntentId) is { Type: "payment_intent" } found
                ? found
                : throw new ArgumentException($"No payment intent {paymentIntentId}.", nameof(paymentIntentId));
            var intent = _intents.ConfirmInBrowser(stored.Account, stored.Json, testPaymentMethod);
            var type = (string?)intent["status"] switch
            {
                "succeeded" => "payment_intent.succeeded",
                "processing" => "payment_intent.processing",
                _ => "payment_intent.payment_failed",
            };
            return FakeStripeWebhooks.EventJson(type, intent, _time.GetUtcNow());
        }
    }

    /// <summary>
    /// Settles a "processing" bank debit as Stripe does days later, and returns the webhook event it would send
    /// (<c>payment_intent.succeeded</c> or <c>payment_intent.payment_failed</c>).
    /// </summary>
    public string SettleBankPayment(string paymentIntentId, bool succeeded)
    {
        lock (_gate)
        {
            var intent = _store.Find(paymentIntentId) is { Type: "payment_intent" } found
                ? found.Json
                : throw new ArgumentException($"No payment intent {paymentIntentId}.", nameof(paymentIntentId));
            _charges.Settle(intent, succeeded);
            var type = succeeded ? "payment_intent.succeeded" : "payment_intent.payment_failed";
            return FakeStripeWebhooks.EventJson(type, intent, _time.GetUtcNow());
        }
    }

    /// <summary>
    /// Settles a pending refund (bank debits' refunds are pending at first) and returns the webhook event Stripe
    /// sends: <c>refund.updated</c> when it succeeded, <c>refund.failed</c> when it failed (its amount is then unrefunded).
    /// </summary>
    public string SettleRefund(string refundId, bool succeeded)
    {
        lock (_gate)
        {
            var refund = _refunds.Settle(refundId, succeeded);
            return FakeStripeWebhooks.EventJson(succeeded ? "refund.updated" : "refund.failed", refund, _time.GetUtcNow());
        }
    }

    /// <summary>From now on every request made with <paramref name="apiKey"/> is refused: 401 (the key was rolled) or 403 (a restricted key).</summary>
    public void RefuseApiKey(string apiKey, int status) => _pipeline.RefuseKey(apiKey, status);

    /// <summary>The next object created with this id's prefix (<c>pi_</c>, <c>re_</c>) gets this id, so a test can name it beforehand.</summary>
    public void PlanNextId(string id)
    {
        lock (_gate)
        {
            _store.Plan(id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _faults.CancelAll();
        await _app.StopAsync();
        await _app.DisposeAsync();
        lock (_gate)
        {
            _httpClients.ForEach(c => c.Dispose());
        }

        _stopping.Dispose();
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private void MapRoutes()
    {
        var customers = new FakeStripeCustomers(_store);
        var intents = _intents;
        var refunds = _refunds;
        RequestDelegate Handle(Func<FakeStripeCall, FakeStripeResponse> operation) => context => _pipeline.HandleAsync(context, operation);

        _app.MapPost("/v1/customers", Handle(customers.Create));
        _app.MapGet("/v1/customers/{id}", Handle(customers.Retrieve));
        _app.MapPost("/v1/setup_intents", Handle(customers.CreateSetupIntent));
        _app.MapGet("/v1/setup_intents/{id}", Handle(customers.RetrieveSetupIntent));
        _app.MapGet("/v1/payment_methods/{id}", Handle(_methods.Retrieve));
        _app.MapPost("/v1/payment_methods/{id}/attach", Handle(_methods.Attach));
        _app.MapPost("/v1/payment_intents", Handle(intents.Create));
        _app.MapGet("/v1/payment_intents/{id}", Handle(intents.Retrieve));
        _app.MapPost("/v1/payment_intents/{id}/cancel", Handle(intents.Cancel));
        _app.MapGet("/v1/charges/{id}", Handle(_charges.Retrieve));
        _app.MapPost("/v1/refunds", Handle(refunds.Create));
        _app.MapGet("/v1/refunds/{id}", Handle(refunds.Retrieve));
        _app.MapFallback(context => _pipeline.HandleAsync(
            context, _ => FakeStripeErrors.UnknownUrl(context.Request.Method, context.Request.Path.Value ?? "/")));
    }
}

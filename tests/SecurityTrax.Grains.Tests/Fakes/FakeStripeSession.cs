using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Testing.Fakes;
using Stripe;

namespace SecurityTrax.Grains.Tests.Fakes;

/// <summary>Base for tests that drive the real Stripe.net client against a fresh <see cref="FakeStripeServer"/>.</summary>
public abstract class FakeStripeSession : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    protected FakeStripeServer Server { get; private set; } = null!;

    protected StripeClient Stripe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await FakeStripeServer.StartAsync(Time);
        Stripe = Server.CreateClient();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    protected static PaymentIntentCreateOptions OffSession(string customer, string paymentMethod, long amount) => new()
    {
        Amount = amount, Currency = "usd", Customer = customer, PaymentMethod = paymentMethod, Confirm = true, OffSession = true,
    };

    protected static RequestOptions Key(string idempotencyKey) => new() { IdempotencyKey = idempotencyKey };

    /// <summary>A customer with <paramref name="testMethod"/> attached; returns both ids.</summary>
    protected async Task<(string Customer, string PaymentMethod)> CustomerWithAsync(string testMethod = "pm_card_visa")
    {
        var customer = await Stripe.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = "Test Customer" });
        var method = await Stripe.V1.PaymentMethods.AttachAsync(testMethod, new PaymentMethodAttachOptions { Customer = customer.Id });
        return (customer.Id, method.Id);
    }
}

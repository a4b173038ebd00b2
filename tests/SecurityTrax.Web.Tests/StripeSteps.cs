using System.Net.Http.Json;
using Microsoft.Playwright;

namespace SecurityTrax.Web.Tests;

/// <summary>A company with its own (test) Stripe keys, and a page whose js.stripe.com is our fake Stripe.js confirming on the fake Stripe server.</summary>
public static class StripeSteps
{
    /// <summary>Sets the company's keys <c>sk_test_{name}</c>, <c>pk_test_{name}</c>, <c>whsec_{name}</c>; answers the publishable key.</summary>
    public static async Task<string> SetCompanyKeysAsync(HttpClient api, string name)
    {
        var settings = await api.GetAsync("/api/v1/settings/integrations");
        using var keys = new HttpRequestMessage(HttpMethod.Put, "/api/v1/settings/integrations/stripe")
        {
            Content = JsonContent.Create(new { secretKey = $"sk_test_{name}", publishableKey = $"pk_test_{name}", webhookSigningSecret = $"whsec_{name}" }),
        };
        keys.Headers.TryAddWithoutValidation("If-Match", settings.Headers.ETag!.ToString());
        (await api.SendAsync(keys)).EnsureSuccessStatusCode();
        return $"pk_test_{name}";
    }

    /// <summary>
    /// Serves the fake Stripe.js for js.stripe.com; confirming a setup intent makes a Visa payment method on the fake
    /// server, confirming a payment intent pays it there with <paramref name="paymentMethod"/> (as the customer would).
    /// </summary>
    public static async Task UseFakeStripeJsAsync(IPage page, ConsoleSystem system, string paymentMethod = "pm_card_visa")
    {
        var fakeStripeJs = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "FakeStripe", "stripe-v3.js"));
        await page.RouteAsync("https://js.stripe.com/v3**", route => route.FulfillAsync(new() { ContentType = "application/javascript", Body = fakeStripeJs }));
        await page.ExposeFunctionAsync("fakeStripeConfirm", (string clientSecret) =>
            system.Stripe.ConfirmSetupIntent(clientSecret[..clientSecret.IndexOf("_secret_", StringComparison.Ordinal)], "pm_card_visa"));
        await page.ExposeFunctionAsync("fakeStripeConfirmPayment", (string clientSecret) =>
        {
            var intent = clientSecret[..clientSecret.IndexOf("_secret_", StringComparison.Ordinal)];
            system.Stripe.ConfirmPaymentIntent(intent, paymentMethod);
            return (string?)system.Stripe.FindObject(intent)!["status"];
        });
    }
}

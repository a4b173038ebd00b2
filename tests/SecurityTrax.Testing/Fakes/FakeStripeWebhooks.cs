using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Stripe;

namespace SecurityTrax.Testing.Fakes;

/// <summary>Webhook deliveries as Stripe makes them: event JSON and its <c>Stripe-Signature</c> header.</summary>
public static class FakeStripeWebhooks
{
    /// <summary>
    /// <c>t={unix seconds},v1={hex HMAC-SHA256 of "{t}.{payload}" keyed with the endpoint secret}</c>, computed here
    /// rather than by Stripe.net so that tests check the library against the documented scheme.
    /// </summary>
    public static string SignatureHeader(string payload, string secret, DateTimeOffset signedAt)
    {
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>
    /// An event of <paramref name="type"/> (e.g. <c>payment_intent.succeeded</c>) about <paramref name="dataObject"/>, in
    /// the API version Stripe.net pins unless <paramref name="apiVersion"/> names the account's own (older) one.
    /// </summary>
    public static string EventJson(string type, JsonObject dataObject, DateTimeOffset created, string? id = null, string? apiVersion = null) =>
        new JsonObject
        {
            ["id"] = id ?? FakeStripeStore.NewId("evt"),
            ["object"] = "event",
            ["api_version"] = apiVersion ?? StripeConfiguration.ApiVersion,
            ["created"] = created.ToUnixTimeSeconds(),
            ["data"] = new JsonObject { ["object"] = dataObject.DeepClone() },
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
        }.ToJsonString();
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Bad deliveries to a company's Stripe webhook: unsigned, wrongly or too long ago signed, malformed signature headers;
/// then signed with the company's secret (Stripe's scheme) but not JSON, invalid UTF-8, deeply nested, huge, over the
/// size limit, members of the wrong type or null, unknown event types, and events about unknown payment intents or
/// naming another company. The rest up to <see cref="Count"/> are seeded mutations of a known event.
/// </summary>
public sealed class StripeBadWebhooks(string tenant, string otherTenant, long paymentId, Random random)
{
    public const string Route = "POST /webhooks/stripe/{tenant}";
    public const int Count = 60;

    private static readonly string[] Paths = ["id", "type", "created", "data", "data.object", "data.object.id", "data.object.metadata", "data.object.metadata.payment", "data.object.amount", "data.object.status", "data.object.payment_intent", "data.object.refunds", "livemode", "api_version"];

    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    private string Path => $"/webhooks/stripe/{tenant}";

    public IReadOnlyList<BadWebhook> Generate()
    {
        var intent = Intent(tenant, paymentId.ToString(CultureInfo.InvariantCulture));
        var good = Event("payment_intent.succeeded", intent);
        var cases = new List<BadWebhook>
        {
            Send("unsigned", good, null),
            Send("signed with another secret", good, Sign(good, "whsec_not_this_company", _now)),
            Send("signed ten minutes ago", good, Sign(good, GatewayFixture.StripeWebhookSecret, _now.AddMinutes(-10))),
            Send("signed ten minutes ahead", good, Sign(good, GatewayFixture.StripeWebhookSecret, _now.AddMinutes(10))),
        };
        foreach (var header in new[] { "", "t=", "v1=abc", "t=abc,v1=abc", "t=1,v1=", new string('t', 8000), "t=1,v1=" + new string('f', 6000) })
        {
            cases.Add(Send($"signature header \"{Short(header)}\"", good, header));
        }

        foreach (var text in new[] { "not json", "", "{", "[]", "null", "42", "\"event\"", new string('[', 200) + new string(']', 200) })
        {
            cases.Add(Signed($"body \"{Short(text)}\"", Encoding.UTF8.GetBytes(text)));
        }

        cases.Add(Signed("invalid UTF-8 in a string", [.. Encoding.UTF8.GetBytes(good)[..^2], 0xC3, 0x28, (byte)'}']));
        cases.Add(Signed("a description of 400 KB", With(good, "data.object.description", new string('x', 400 * 1024))));
        cases.Add(Signed("600 KB, over the limit", With(good, "data.object.description", new string('x', 600 * 1024))));
        cases.Add(Signed("data.object nested 200 deep", Encoding.UTF8.GetBytes(With(good, "data.object.metadata", "NEST").Replace("\"NEST\"", new string('[', 200) + new string(']', 200), StringComparison.Ordinal))));
        foreach (var type in new[] { "customer.unknown_thing", "", new string('e', 2000), "payment_intent.succeeded\u0000" })
        {
            cases.Add(Signed($"event type \"{Short(type)}\"", With(good, "type", type)));
        }

        cases.Add(Signed("an intent of another company naming this company's payment", Event("payment_intent.succeeded", Intent(otherTenant, paymentId.ToString(CultureInfo.InvariantCulture)))));
        cases.Add(Signed("a failed intent naming a payment that does not exist", Event("payment_intent.payment_failed", Intent(tenant, "987654321"))));
        cases.Add(Signed("an intent naming payment \"-1\"", Event("payment_intent.succeeded", Intent(tenant, "-1"))));
        cases.Add(Signed("an intent naming payment 10^20", Event("payment_intent.succeeded", Intent(tenant, "100000000000000000000"))));
        cases.Add(Signed("an unknown charge refunded", Event("charge.refunded", Charge())));
        cases.Add(Signed("our refund of an unknown intent", Event("refund.updated", Refund("succeeded", own: true))));
        cases.Add(Signed("a dashboard refund of an unknown intent", Event("refund.created", Refund("succeeded", own: false))));
        cases.Add(Signed("a dispute of an unknown intent", Event("charge.dispute.created", Dispute("needs_response"))));
        cases.Add(Signed("a dispute won on an unknown intent", Event("charge.dispute.closed", Dispute("won"))));

        var known = new[] { good, Event("charge.refunded", Charge()), Event("refund.updated", Refund("failed", own: true)), Event("charge.dispute.closed", Dispute("lost")) };
        while (cases.Count < Count)
        {
            var path = Paths[random.Next(Paths.Length)];
            var (label, value) = BadValue();
            cases.Add(Signed($"{path} {label}", WithNode(known[random.Next(known.Length)], path, value)));
        }

        return cases;
    }

    private (string Label, JsonNode? Value) BadValue() => random.Next(8) switch
    {
        0 => ("null", null),
        1 => ("a number", JsonValue.Create(random.Next())),
        2 => ("a negative number", JsonValue.Create(-random.NextInt64(1, long.MaxValue))),
        3 => ("true", JsonValue.Create(true)),
        4 => ("an array", new JsonArray(1, "two", null)),
        5 => ("an object", new JsonObject { ["unexpected"] = "member" }),
        6 => ("a string of 20,000 characters", JsonValue.Create(new string('s', 20_000))),
        _ => ("a string with control characters", JsonValue.Create("a\u0000b\u001Fc\u2028d")),
    };

    private BadWebhook Send(string label, string payload, string? signature) =>
        new(Route, label, Path, "application/json", Encoding.UTF8.GetBytes(payload), "Stripe-Signature", signature);

    private BadWebhook Signed(string label, string payload) =>
        Send(label, payload, Sign(payload, GatewayFixture.StripeWebhookSecret, _now));

    /// <summary>Bytes that are not UTF-8 signed by Stripe's scheme over the bytes themselves.</summary>
    private BadWebhook Signed(string label, byte[] payload)
    {
        var timestamp = _now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. payload];
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(GatewayFixture.StripeWebhookSecret), signed);
        return new(Route, label, Path, "application/json", payload, "Stripe-Signature", $"t={timestamp},v1={Convert.ToHexStringLower(mac)}");
    }

    private static string Sign(string payload, string secret, DateTimeOffset at) => FakeStripeWebhooks.SignatureHeader(payload, secret, at);

    private string Event(string type, JsonObject dataObject) => FakeStripeWebhooks.EventJson(type, dataObject, _now);

    private static JsonObject Intent(string company, string payment) => new()
    {
        ["id"] = "pi_fuzz" + Guid.NewGuid().ToString("N")[..12], ["object"] = "payment_intent", ["amount"] = 5000, ["status"] = "succeeded",
        ["metadata"] = new JsonObject { ["tenant"] = company, ["payment"] = payment },
    };

    private static JsonObject Charge() => new()
    {
        ["id"] = "ch_fuzz" + Guid.NewGuid().ToString("N")[..12], ["object"] = "charge", ["amount"] = 5000, ["amount_refunded"] = 5000,
        ["payment_intent"] = "pi_fuzz_unknown", ["refunds"] = new JsonObject { ["object"] = "list", ["data"] = new JsonArray(Refund("succeeded", own: false)) },
    };

    private static JsonObject Refund(string status, bool own) => new()
    {
        ["id"] = "re_fuzz" + Guid.NewGuid().ToString("N")[..12], ["object"] = "refund", ["amount"] = 1000, ["status"] = status, ["payment_intent"] = "pi_fuzz_unknown",
        ["metadata"] = own ? new JsonObject { ["securitytrax_refund"] = "no-such-refund" } : new JsonObject(),
    };

    private static JsonObject Dispute(string status) => new()
    {
        ["id"] = "dp_fuzz" + Guid.NewGuid().ToString("N")[..12], ["object"] = "dispute", ["amount"] = 5000, ["status"] = status,
        ["payment_intent"] = "pi_fuzz_unknown", ["reason"] = "fraudulent",
    };

    private static string With(string payload, string path, string value) => WithNode(payload, path, JsonValue.Create(value));

    private static string WithNode(string payload, string path, JsonNode? value)
    {
        var root = JsonNode.Parse(payload)!.AsObject();
        var names = path.Split('.');
        var parent = root;
        foreach (var name in names[..^1])
        {
            if (parent[name] is not JsonObject child)
            {
                parent[name] = child = [];
            }

            parent = child;
        }

        parent[names[^1]] = value;
        return root.ToJsonString();
    }

    private static string Short(string text) => text.Length <= 24 ? text.Replace("\u0000", "\\0", StringComparison.Ordinal) : $"{text[..12]}… ({text.Length} characters)";
}

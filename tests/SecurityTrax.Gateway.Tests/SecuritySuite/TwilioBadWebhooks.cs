using System.Globalization;
using System.Text;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Bad callbacks to a company's two Twilio webhooks: unsigned, forged, signed with another token or over another
/// company's address, bodies that are not forms; then signed with Twilio's scheme but with members missing, of the
/// wrong kind or huge, message ids that are not numbers or not this company's, senders that are not phone numbers,
/// thousands of fields, invalid UTF-8, and over the size limit. The rest up to the count are seeded mutations.
/// </summary>
public sealed class TwilioBadWebhooks(string tenant, string otherTenant, long messageId, Random random)
{
    public const string StatusRoute = "POST /webhooks/twilio/{tenant}/status";
    public const string InboundRoute = "POST /webhooks/twilio/{tenant}/inbound";
    public const int Count = 30;

    private const string Form = "application/x-www-form-urlencoded";

    private static readonly string[] Senders = ["", "not-a-phone", "+", "12", new string('9', 5000), "+1720555\u00000100", "<script>", "STOP"];

    public IReadOnlyList<BadWebhook> Status()
    {
        var path = $"/webhooks/twilio/{tenant}/status?message={messageId}";
        var delivered = Fields(("MessageSid", "SMfuzz0000000000000000000000000000"), ("MessageStatus", "delivered"));
        var cases = Common(StatusRoute, path, delivered);
        foreach (var message in new[] { "", "abc", "-1", "../1", "1%00", "99999999999999999999", "987654321", $"{messageId}%20OR%201=1" })
        {
            cases.Add(Signed(StatusRoute, $"message=\"{message}\"", $"/webhooks/twilio/{tenant}/status?message={message}", delivered));
        }

        cases.Add(Signed(StatusRoute, "no MessageSid", path, Fields(("MessageStatus", "delivered"))));
        cases.Add(Signed(StatusRoute, "no MessageStatus", path, Fields(("MessageSid", "SMfuzz1"))));
        cases.Add(Signed(StatusRoute, "an unknown status", path, Fields(("MessageSid", "SMfuzz2"), ("MessageStatus", "exploded"))));
        cases.Add(Signed(StatusRoute, "failed with a bad error code", path, Fields(("MessageSid", "SMfuzz3"), ("MessageStatus", "failed"), ("ErrorCode", "<b>x</b>"))));
        string[] names = ["MessageSid", "MessageStatus", "ErrorCode", "AccountSid", "To", "From"];
        while (cases.Count < Count)
        {
            var fields = new Dictionary<string, string>(delivered, StringComparer.Ordinal) { [names[random.Next(names.Length)]] = BadText() };
            cases.Add(Signed(StatusRoute, $"mutation {cases.Count}", path, fields));
        }

        return cases;
    }

    public IReadOnlyList<BadWebhook> Inbound()
    {
        var path = $"/webhooks/twilio/{tenant}/inbound";
        var stop = Fields(("From", "not-a-phone"), ("Body", "STOP"), ("MessageSid", "SMfuzz9"));
        var cases = Common(InboundRoute, path, stop);
        cases.Add(Signed(InboundRoute, "no From", path, Fields(("Body", "STOP"))));
        cases.Add(Signed(InboundRoute, "no Body", path, Fields(("From", "+17205550100"))));
        cases.Add(Signed(InboundRoute, "an empty form", path, Fields()));
        foreach (var sender in Senders)
        {
            cases.Add(Signed(InboundRoute, $"STOP from \"{(sender.Length > 20 ? sender[..8] + "…" : sender.Replace("\u0000", "\\0", StringComparison.Ordinal))}\"", path, Fields(("From", sender), ("Body", "STOP"))));
        }

        while (cases.Count < Count)
        {
            var fields = new Dictionary<string, string>(stop, StringComparer.Ordinal) { ["From"] = Senders[random.Next(Senders.Length)], ["Body"] = random.Next(3) == 0 ? "START" : BadText() };
            cases.Add(Signed(InboundRoute, $"mutation {cases.Count}", path, fields));
        }

        return cases;
    }

    /// <summary>What both callbacks must refuse: no or a wrong signature, a body that is not a form, too many or too large fields, invalid UTF-8.</summary>
    private List<BadWebhook> Common(string route, string path, Dictionary<string, string> fields)
    {
        var body = Encode(fields);
        var otherPath = path.Replace($"/{tenant}/", $"/{otherTenant}/", StringComparison.Ordinal);
        var many = Enumerable.Range(0, 2000).ToDictionary(i => $"F{i}", i => "x");
        return
        [
            new(route, "unsigned", path, Form, body, "X-Twilio-Signature", null),
            new(route, "a forged signature", path, Form, body, "X-Twilio-Signature", "forged"),
            new(route, "signed with another auth token", path, Form, body, "X-Twilio-Signature", FakeTwilio.Sign(Url(path), fields, "another-auth-token")),
            new(route, "signed over another company's address", path, Form, body, "X-Twilio-Signature", FakeTwilio.Sign(Url(otherPath), fields)),
            Signed(route, "a JSON body", path, [], "application/json", "{\"From\":\"+17205550100\",\"Body\":\"STOP\"}"u8.ToArray()),
            Signed(route, "a text body", path, [], "text/plain", "From=+17205550100&Body=STOP"u8.ToArray()),
            Signed(route, "no content type", path, [], null, body),
            Signed(route, "a multipart body", path, [], "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"Body\"\r\n\r\nSTOP\r\n--x--\r\n"u8.ToArray()),
            Signed(route, "2,000 fields", path, many, Form, Encode(many)),
            Signed(route, "a key of 5,000 characters", path, Fields((new string('k', 5000), "v")), Form, Encode(Fields((new string('k', 5000), "v")))),
            Signed(route, "invalid UTF-8", path, Fields(("From", "\uFFFD\uFFFD"), ("Body", "STOP")), Form, Latin1("From=\u00FF\u00FE&Body=STOP")),
            Signed(route, "a value of 60,000 characters", path, Fields(("Body", new string('b', 60_000)), ("From", "+17205550100"))),
            Signed(route, "70 KB, over the limit", path, Fields(("Body", new string('b', 70_000)))),
        ];
    }

    private string BadText() => random.Next(6) switch
    {
        0 => "",
        1 => new string('z', 10_000),
        2 => "a\u0000b\u001Fc",
        3 => "\u202Eevil\u2028",
        4 => random.NextInt64().ToString(CultureInfo.InvariantCulture),
        _ => "STOP",
    };

    private static BadWebhook Signed(string route, string label, string path, Dictionary<string, string> fields) =>
        Signed(route, label, path, fields, Form, Encode(fields));

    private static BadWebhook Signed(string route, string label, string path, Dictionary<string, string> signedFields, string? contentType, byte[] body) =>
        new(route, label, path, contentType, body, "X-Twilio-Signature", FakeTwilio.Sign(Url(path), signedFields));

    private static string Url(string path) => GatewayFixture.PublicBaseUrl + path;

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    private static byte[] Encode(Dictionary<string, string> fields) =>
        Encoding.UTF8.GetBytes(string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}

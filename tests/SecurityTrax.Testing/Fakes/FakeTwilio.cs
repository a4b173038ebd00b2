using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SecurityTrax.Testing.Fakes;

/// <summary>A local stand-in for Twilio's Messages API, reached by the real Twilio client through its HTTP handler.</summary>
/// <remarks>Twilio's client has no base-URL setting; it takes an HttpClient, and this is that client's handler.</remarks>
public sealed class FakeTwilio : HttpMessageHandler
{
    public const string AccountSid = "ACfaketestaccount0000000000000000";
    public const string AuthToken = "fake-twilio-auth-token";
    public const string From = "+15005550006";

    /// <summary>Twilio's own test number that it calls invalid (error 21211).</summary>
    public const string InvalidNumber = "+15005550001";

    private int _nextSid;

    public ConcurrentQueue<SentSms> Sent { get; } = new();

    /// <summary>When set, the next requests fail as if Twilio could not be reached at all.</summary>
    public bool Unreachable { get; set; }

    public sealed record SentSms(string Sid, string To, string From, string Body, string? StatusCallback);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Unreachable)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused));
        }

        var path = request.RequestUri!.AbsolutePath;
        if (request.Method != HttpMethod.Post || path != $"/2010-04-01/Accounts/{AccountSid}/Messages.json")
        {
            return Json(HttpStatusCode.NotFound, new { code = 20404, message = "The requested resource was not found", status = 404 });
        }

        if (request.Headers.Authorization is not { Scheme: "Basic" } auth
            || Encoding.UTF8.GetString(Convert.FromBase64String(auth.Parameter!)) != $"{AccountSid}:{AuthToken}")
        {
            return Json(HttpStatusCode.Unauthorized, new { code = 20003, message = "Authenticate", status = 401 });
        }

        var form = await Form(request, cancellationToken);
        var to = form.GetValueOrDefault("To", "");
        if (to == InvalidNumber)
        {
            return Json(HttpStatusCode.BadRequest, new { code = 21211, message = $"The 'To' number {to} is not a valid phone number.", status = 400 });
        }

        var sid = "SM" + Interlocked.Increment(ref _nextSid).ToString("D32", CultureInfo.InvariantCulture);
        var sent = new SentSms(sid, to, form.GetValueOrDefault("From", ""), form.GetValueOrDefault("Body", ""), form.GetValueOrDefault("StatusCallback"));
        Sent.Enqueue(sent);
        return Json(HttpStatusCode.Created, new
        {
            sid, account_sid = AccountSid, to = sent.To, from = sent.From, body = sent.Body, status = "queued",
            num_segments = "1", direction = "outbound-api", api_version = "2010-04-01", uri = $"{path[..^5]}/{sid}.json",
        });
    }

    /// <summary>The X-Twilio-Signature Twilio puts on a callback: HMAC-SHA1 of the URL and the sorted form pairs.</summary>
    public static string Sign(string url, IReadOnlyDictionary<string, string> form, string authToken = AuthToken)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    private static async Task<Dictionary<string, string>> Form(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        return body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p.Length > 1 ? p[1] : ""));
    }

    private static HttpResponseMessage Json(HttpStatusCode status, object body) => new(status)
    {
        Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };
}

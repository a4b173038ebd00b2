using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>
/// Answers the console's HTTP calls in component tests: each request is kept (method, path, If-Match, body) and
/// answered by the first rule whose method and path match, else 404. Sign-in and <c>/me</c> answer a user with the
/// given grants, so a component reads <c>AuthSession.Me</c> as it does in the browser.
/// </summary>
public sealed class FakeApi : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string Path, Func<HttpResponseMessage> Answer)> _rules = [];

    public FakeApi(params string[] grants)
    {
        On(HttpMethod.Post, "/api/v1/auth/token", () => Json(HttpStatusCode.OK,
            """{"accessToken":"a","expiresAt":"2100-01-01T00:00:00Z","refreshToken":"r","expiresIn":900}"""));
        On(HttpMethod.Get, "/api/v1/me", () => Json(HttpStatusCode.OK,
            $$"""{"tenant":"t","userId":7,"userName":"vera","role":"Office","grants":[{{string.Join(",", grants.Select(g => $"\"{g}\""))}}]}"""));
    }

    public List<(HttpMethod Method, string Path, string? IfMatch, string? Body)> Sent { get; } = [];

    /// <summary>Adds a rule in front of the others: the newest answer for a route wins.</summary>
    public FakeApi On(HttpMethod method, string path, Func<HttpResponseMessage> answer)
    {
        _rules.Insert(0, (method, path, answer));
        return this;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, string? etag = null, string mediaType = "application/json")
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };
        if (etag is not null)
        {
            response.Headers.ETag = new EntityTagHeaderValue(etag);
        }

        return response;
    }

    public static HttpResponseMessage Problem(int status, string title, string? errorsJson = null) =>
        Json((HttpStatusCode)status, $$"""{"title":"{{title}}","status":{{status}}{{(errorsJson is null ? "" : $",\"errors\":{errorsJson}")}}}""", mediaType: "application/problem+json");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Sent.Add((request.Method, path, request.Headers.TryGetValues("If-Match", out var m) ? m.Single() : null, body));
        var rule = _rules.FirstOrDefault(r => r.Method == request.Method && r.Path == path);
        return rule.Answer?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.NotFound);
    }
}

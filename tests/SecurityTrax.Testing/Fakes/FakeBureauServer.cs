using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SecurityTrax.Testing.Fakes;

/// <summary>
/// A local stand-in for an HTTP credit bureau on a loopback port: <c>POST /v1/credit-pulls</c> (idempotent by
/// <c>Idempotency-Key</c>/<c>clientReference</c>) and <c>GET /v1/credit-pulls?clientReference=</c>, bearer API key and
/// subscriber code checked, outcomes planned per SSN, and a planned timeout: the pull is made and billed, but the
/// answer never comes, so the client's own timeout ends the call.
/// </summary>
public sealed class FakeBureauServer : IAsyncDisposable
{
    public const string ApiKey = "bk_test_securitytrax_fake";
    public const string SubscriberCode = "SUB-1001";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly FakeBureauPulls _pulls = new();
    private readonly List<FakeBureauRequest> _requests = [];
    private int _timeouts;
    private (int Status, string Code)? _failNext;

    private FakeBureauServer()
    {
        // An empty builder: no configuration files or environment variables can move the fake to another address.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.MapPost("/v1/credit-pulls", CreateAsync);
        _app.MapGet("/v1/credit-pulls", ListAsync);
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<FakeBureauRequest> Requests => Read(() => (IReadOnlyList<FakeBureauRequest>)[.. _requests]);

    /// <summary>Pulls the bureau made (and would bill); a repeat under the same key is not one.</summary>
    public int BillablePulls => Read(() => _pulls.Billable);

    public static async Task<FakeBureauServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new FakeBureauServer();
        await server._app.StartAsync(cancellationToken);
        server.BaseUrl = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return server;
    }

    /// <summary>Plans the outcome for an SSN (digits only): <c>completed</c> with a score, <c>no_hit</c>, <c>thin_file</c>, <c>frozen</c>.</summary>
    public void PlanSubject(string ssnDigits, string status, int? score = null) => Read(() => { _pulls.Plan(ssnDigits, status, score); return 0; });

    /// <summary>The next pull is made and billed, but its answer is held until the client gives up.</summary>
    public void TimeOutNextPull() => Read(() => ++_timeouts);

    /// <summary>The next pull is refused with this status and error code, and nothing is pulled.</summary>
    public void FailNextPull(int status, string code) => Read(() => { _failNext = (status, code); return 0; });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task CreateAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        if (!Authorized(context, body))
        {
            await Error(context, 401, "invalid_api_key");
            return;
        }

        JsonObject? pull = null;
        var holdAnswer = false;
        (int Status, string Code)? fail;
        lock (_gate)
        {
            fail = _failNext;
            _failNext = null;
            if (fail is null)
            {
                pull = (JsonObject)_pulls.Pull(JsonNode.Parse(body)!.AsObject()).Pull.DeepClone();
                holdAnswer = _timeouts > 0;
                _timeouts = Math.Max(0, _timeouts - 1);
            }
        }

        if (fail is { } refused)
        {
            await Error(context, refused.Status, refused.Code);
            return;
        }

        if (holdAnswer)
        {
            // Pulled and billed; the answer waits until the client's timeout aborts the request.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        await Json(context, 200, pull!);
    }

    private async Task ListAsync(HttpContext context)
    {
        if (!Authorized(context, ""))
        {
            await Error(context, 401, "invalid_api_key");
            return;
        }

        var found = Read(() => _pulls.Find(context.Request.Query["clientReference"].ToString())?.DeepClone());
        await Json(context, 200, new JsonObject { ["data"] = found is null ? new JsonArray() : new JsonArray(found) });
    }

    private bool Authorized(HttpContext context, string body)
    {
        var headers = context.Request.Headers;
        var key = headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
        var request = new FakeBureauRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, key,
            headers["X-Subscriber-Code"].FirstOrDefault(), headers["Idempotency-Key"].FirstOrDefault(), body);
        Read(() => { _requests.Add(request); return 0; });
        return key == ApiKey && request.SubscriberCode == SubscriberCode;
    }

    private static Task Error(HttpContext context, int status, string code) =>
        Json(context, status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = $"Fake bureau: {code}" } });

    private static Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SecurityTrax.Idempotency;

namespace SecurityTrax.Gateway.Tests;

/// <summary>A repeat while the first request with the key is still running has a problem type of its own: the client keeps the key.</summary>
[Collection(GatewayCollection.Name)]
public sealed class IdempotencyInProgressTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task ARepeatWhileTheFirstIsStillRunningAnswersTheInProgressTypeAndCreatesNothing()
    {
        var key = Guid.NewGuid().ToString("N");
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { name = GatewayFixture.NewName("Role"), grants = new[] { "users.view" } }));
        // The first request with this key is made to look as if it were still running: begun, not completed.
        var first = await RunningAsync(key, "POST /api/v1/roles\n", body);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/roles") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("Idempotency-Key", key);
        var repeat = await Admin.SendAsync(request);

        Assert.Equal(IdempotencyOutcome.Proceed, first.Outcome);
        await Problems.AssertAsync(repeat, HttpStatusCode.Conflict, "urn:securitytrax:problem:idempotency-key-in-progress");
    }

    // Begins the key's record as the gateway's middleware does: per user, with the request's fingerprint.
    private async Task<IdempotencyDecision> RunningAsync(string key, string line, byte[] body)
    {
        var token = Admin.DefaultRequestHeaders.Authorization!.Parameter!.Split('.')[1];
        var payload = JsonSerializer.Deserialize<JsonElement>(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/').PadRight((token.Length + 3) / 4 * 4, '=')));
        var userId = payload.GetProperty("sub").GetString();
        var grainKey = GrainKeys.For(GatewayFixture.Tenant, "idem-" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}\n{key}")))[..32].ToLowerInvariant());
        var fingerprint = Hex(SHA256.HashData([.. Encoding.UTF8.GetBytes(line), .. body]));
        return await Fixture.Silo.Grains.GetGrain<IIdempotencyGrain>(grainKey).BeginAsync(fingerprint);
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);
}

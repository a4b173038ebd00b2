using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using SecurityTrax.Gateway.Tests.ApiDocument;
using SecurityTrax.Gateway.Tests.VersionedWrites;
using Xunit.Abstractions;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Issue 22 point 11: every write route with a JSON body in the OpenAPI document gets bad bodies generated from its
/// schema (<see cref="BadBodies"/>, fixed seed), sent by the company's admin with a current If-Match and a fresh
/// Idempotency-Key so that only the body can be refused (anonymously, with the operator key, to sign-in, operator and
/// portal routes): each answers a 4xx ProblemDetails within the time limit, never
/// a 5xx, and nothing of the company changes.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class FuzzedBodyRouteTests(GatewayFixture fixture, ITestOutputHelper output) : BillingSession(fixture)
{
    public const int Seed = 22;

    [Fact]
    public async Task BadBodiesOnEveryWriteRouteAnswerAProblemAndStoreNothing()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var world = await new VersionedWriteWorld(Admin).BuildWorldAsync(LabourItem, PanelItem, PanelPiece, StarterPackage);
        var generator = new BadBodies(document.Root, new Random(Seed));
        var routes = document.Operations().Where(TakesJson).ToList();

        // The routes with keys of their own are fuzzed anonymously, aimed at this company (a pay link that does not exist).
        world = world with { Ids = new Dictionary<string, object>(world.Ids) { ["company"] = Tenant, ["tenant"] = Tenant, ["token"] = "no-such-link", ["requestId"] = 1 } };
        using var anonymous = Fixture.Gateway.CreateClient();
        anonymous.DefaultRequestHeaders.Add("X-Operator-Key", GatewayFixture.OperatorKey);
        var failures = new ConcurrentBag<string>();
        var sends = new List<(DocumentedOperation Operation, string Path, string? IfMatch, BadBody Body)>();
        foreach (var operation in routes)
        {
            var path = world.PathOf(operation.Route);
            if (path is null)
            {
                failures.Add($"{operation.Route}: no record in the world for its parameters.");
                continue;
            }

            var ifMatch = world.Samples.TryGetValue(operation.Route, out var sample) ? await ETagAsync(sample) : null;
            var valid = JsonSerializer.SerializeToNode(SuiteBodies.For(operation.Route, world) ?? Example(operation), JsonSerializerOptions.Web) as JsonObject ?? [];
            sends.AddRange(generator.For(operation.Json, valid).Select(body => (operation, path, ifMatch, body)));
        }

        var before = await CompanySnapshot.TakeAsync(Admin, document, world);
        var tenants = await anonymous.GetStringAsync("/api/v1/platform/tenants");
        await RouteCall.ForEachAsync(sends, async send =>
        {
            var content = new ByteArrayContent(send.Body.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var request = RouteCall.Build(send.Operation.Method, send.Path, content, send.IfMatch);
            await RouteCall.RefusedAsync(OwnKeyRoutes.Contains(send.Operation.Route) ? anonymous : Admin, request, $"{send.Operation.Route} with {send.Body.Label}", failures);
        });

        foreach (var change in before.ChangesIn(await CompanySnapshot.TakeAsync(Admin, document, world)))
        {
            failures.Add($"stored: {change}");
        }

        if (await anonymous.GetStringAsync("/api/v1/platform/tenants") != tenants)
        {
            failures.Add("stored: the operator's list of companies changed.");
        }

        output.WriteLine($"Fuzzed bodies (seed {Seed}): {sends.Count} bad bodies over {routes.Count} write routes with a JSON body ({routes.Count(r => OwnKeyRoutes.Contains(r.Route))} of them anonymous or with their own key), each a 4xx problem; {before.Count} reads compared before and after.");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal)));
        Assert.True(routes.Count >= 70, $"Only {routes.Count} write routes with a JSON body were fuzzed.");
    }

    private static bool TakesJson(DocumentedOperation operation) =>
        operation.Method is "POST" or "PUT" or "PATCH"
        && operation.Json.TryGetProperty("requestBody", out var body)
        && body.GetProperty("content").TryGetProperty("application/json", out _);

    private static JsonElement? Example(DocumentedOperation operation) =>
        operation.Json.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out var example)
            ? example : null;

    private async Task<string?> ETagAsync(VersionedWriteSample sample)
    {
        using var response = await Admin.GetAsync(sample.ReadPath);
        return sample.ETagIn is null ? response.Headers.ETag?.Tag : sample.ETagIn(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Gateway.Tests.ApiDocument;
using SecurityTrax.Gateway.Tests.VersionedWrites;
using SecurityTrax.Identity;
using Xunit.Abstractions;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Issue 22 point 10: for every staff route of the OpenAPI document, a user of the same company whose role holds every
/// grant but the ones that open one of the route's requirements (its grant, a narrower one, its alternatives; read
/// from the endpoint's metadata) gets 403 naming the grant, and nothing changes. A route that requires no grant and is not allowed to fails.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class MissingGrantRouteTests(GatewayFixture fixture, ITestOutputHelper output) : BillingSession(fixture)
{
    // Users narrowed side by side, each taking every sixth requirement.
    private const int Users = 6;

    [Fact]
    public async Task AUserWithoutTheRoutesGrantIsRefusedWithItsNameOnEveryRouteAndNothingChanges()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var world = await new VersionedWriteWorld(Admin).BuildWorldAsync(LabourItem, PanelItem, PanelPiece, StarterPackage);
        var grants = RouteGrants.Read(Fixture.Gateway.Services);
        var failures = new ConcurrentBag<string>();
        var walks = new List<(DocumentedOperation Operation, string Path, string Grant, IReadOnlyList<string> Opening)>();
        foreach (var operation in document.Operations().Where(o => !OwnKeyRoutes.Contains(o.Route) && !SignedInOnlyRoutes.Routes.ContainsKey(o.Route)))
        {
            var path = world.PathOf(operation.Route);
            if (!grants.TryGetValue(operation.Route, out var requirements) || requirements.Count == 0 || path is null)
            {
                failures.Add($"{operation.Route}: {(path is null ? "no record in the world for its parameters" : "no grant required by its endpoint")}; require one, or allow it with its reason.");
                continue;
            }

            // Each requirement on its own: a user who meets all but one is refused for that one.
            walks.AddRange(requirements.Select(r => (operation, path, r.Grant, RouteGrants.Opening(r))));
        }

        var before = await CompanySnapshot.TakeAsync(Admin, document, world);
        var rounds = walks.GroupBy(w => Key(w.Opening)).ToList();
        await RouteCall.ForEachAsync(Enumerable.Range(0, Users), async worker =>
        {
            using var user = new NarrowedUser(Fixture, Admin, Tenant);
            await user.StartAsync();
            foreach (var round in rounds.Where((_, i) => i % Users == worker))
            {
                await user.NarrowAsync(round.First().Opening);
                foreach (var walk in round)
                {
                    using var request = RouteCall.Build(walk.Operation.Method, walk.Path, SuiteBodies.For(walk.Operation.Route, world), null);
                    using var response = await user.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.Forbidden || !Names(body, walk.Grant))
                    {
                        failures.Add($"{walk.Operation.Method} {walk.Path} without {round.Key}: {(int)response.StatusCode}, not a 403 naming {walk.Grant}. {body}");
                    }
                }
            }
        });

        // The lists of roles and users show the narrowed users; every record the walk aimed at is compared.
        foreach (var change in before.ChangesIn(await CompanySnapshot.TakeAsync(Admin, document, world), "/api/v1/roles", "/api/v1/users"))
        {
            failures.Add($"changed in the company: {change}");
        }

        output.WriteLine($"Missing grant: {walks.Select(w => w.Operation.Route).Distinct().Count()} routes × their grants = {walks.Count} refusals, {rounds.Count} narrowings of a role, each lacking one requirement's grants, {walks.Select(w => w.Grant).Distinct().Count()} grants named, {walks.Count(w => w.Opening.Count > 1)} requirements also opened by a narrower or alternative grant (withheld too); {SignedInOnlyRoutes.Routes.Count} routes for any signed-in user, {OwnKeyRoutes.Routes.Count} with their own keys.");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal)));
        Assert.True(walks.Count >= 150, $"Only {walks.Count} routes were walked.");
    }

    private static string Key(IReadOnlyList<string> opening) => string.Join(' ', opening);

    private static bool Names(string body, string grant)
    {
        var problem = JsonDocument.Parse(body).RootElement;
        return problem.TryGetProperty("missingGrants", out var missing)
            && missing.EnumerateArray().Select(g => g.GetString()).SequenceEqual([grant])
            && problem.GetProperty("detail").GetString() == $"This needs the {grant} grant.";
    }
}

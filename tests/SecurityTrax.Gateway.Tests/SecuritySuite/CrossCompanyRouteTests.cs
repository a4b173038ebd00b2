using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Gateway.Tests.ApiDocument;
using SecurityTrax.Gateway.Tests.VersionedWrites;
using Xunit.Abstractions;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Issue 22 point 9: every route of the OpenAPI document, aimed with company A's ids, called by company B's admin (who
/// holds every grant). A route that names records answers 404; a route that names none (lists, search, settings)
/// answers B's own data, none of A's; nothing of A changes. A route neither walked nor exempt fails the test.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class CrossCompanyRouteTests(GatewayFixture fixture, ITestOutputHelper output) : BillingSession(fixture)
{
    [Fact]
    public async Task AnotherCompanysAdminFindsNothingOfThisCompanyOnAnyRouteAndChangesNothing()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var world = await new VersionedWriteWorld(Admin).BuildWorldAsync(LabourItem, PanelItem, PanelPiece, StarterPackage);
        var other = await Fixture.CreateTenantAsync(Password);
        using var intruder = await Fixture.SignInAsync(other, "admin", Password);

        var before = await CompanySnapshot.TakeAsync(Admin, document, world);
        var routes = document.Operations().Where(o => !OwnKeyRoutes.Contains(o.Route)).ToList();
        var failures = new ConcurrentBag<string>();
        var (withIds, withoutIds) = (0, 0);

        // Three rounds: the routes that name catalogue and directory records while the other company has none; then,
        // once it holds the same catalogue ids (so a body naming them is valid there and only the address is foreign),
        // the routes that name the company's other records; last the routes without ids, whose creates must not give the
        // other company records with those ids earlier.
        foreach (var batch in routes.GroupBy(Round).OrderBy(g => g.Key))
        {
            if (batch.Key == 1)
            {
                await StockLikeAsync(intruder, world);
            }

            await RouteCall.ForEachAsync(batch, async operation =>
            {
                var path = world.PathOf(operation.Route);
                if (path is null || !operation.Path.StartsWith("/api/v1/", StringComparison.Ordinal))
                {
                    failures.Add($"{operation.Route}: not walked; give its parameters a record in the world, or exempt it in OwnKeyRoutes with the reason.");
                    return;
                }

                using var request = RouteCall.Build(operation.Method, path, SuiteBodies.For(operation.Route, world), null);
                using var response = await intruder.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (batch.Key < 2)
                {
                    Interlocked.Increment(ref withIds);
                    if (response.StatusCode != HttpStatusCode.NotFound || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        failures.Add($"{operation.Method} {path} as another company: {(int)response.StatusCode}, not a 404 problem. {Short(body)}");
                    }

                    return;
                }

                Interlocked.Increment(ref withoutIds);
                var leaked = world.Markers.FirstOrDefault(m => body.Contains(m, StringComparison.OrdinalIgnoreCase));
                if ((int)response.StatusCode >= 500 || leaked is not null)
                {
                    failures.Add($"{operation.Method} {path} as another company: {(int)response.StatusCode}, shows \"{leaked}\". {Short(body)}");
                }
            });
        }

        var after = await CompanySnapshot.TakeAsync(Admin, document, world);
        foreach (var change in before.ChangesIn(after))
        {
            failures.Add($"changed in the company: {change}");
        }

        output.WriteLine($"Another company: {withIds} routes with ids answered 404, {withoutIds} routes without ids showed none of the company's data; {before.Count} reads compared before and after; {OwnKeyRoutes.Routes.Count} routes exempt (own keys).");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal)));
        Assert.True(withIds >= 120, $"Only {withIds} routes with ids were walked.");
    }

    private static int Round(DocumentedOperation operation) =>
        !RouteWorld.TakesIds(operation.Route) ? 2
        : operation.Path.StartsWith("/api/v1/catalog/", StringComparison.Ordinal) || operation.Path.StartsWith("/api/v1/agencies/", StringComparison.Ordinal) ? 0
        : 1;

    private async Task StockLikeAsync(HttpClient intruder, RouteWorld world)
    {
        var stock = await StockAsync(intruder);
        Assert.Equal((PanelItem, LabourItem, PanelPiece, StarterPackage), (stock.Panel, stock.Labour, stock.PanelPiece, stock.Package));
        var agency = await intruder.PostAsJsonAsync("/api/v1/agencies", new { kind = "fire", name = "Other Fire", phones = new[] { new { kind = "work", number = "303-555-0199" } }, zips = new[] { "80202" } });
        agency.EnsureSuccessStatusCode();
        Assert.Equal(world.Ids["agencyId"].ToString(), (await agency.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").ToString());
    }

    private static string Short(string body) => body.Length <= 300 ? body : body[..300] + "…";
}

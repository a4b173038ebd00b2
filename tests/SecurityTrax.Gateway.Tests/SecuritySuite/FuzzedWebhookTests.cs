using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using SecurityTrax.Gateway.Tests.ApiDocument;
using SecurityTrax.Gateway.Tests.VersionedWrites;
using Xunit.Abstractions;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Issue 22 follow-up: every webhook route of the OpenAPI document gets generated bad deliveries (fixed seed, a fixed
/// number per route: <see cref="StripeBadWebhooks"/>, <see cref="TwilioBadWebhooks"/>), signed with the company's
/// secret by the provider's scheme where the signature is not what is under test. Each answers a 4xx ProblemDetails or
/// a 2xx that ignores it, never a 5xx, and nothing of the company changes: its answers, its history and notification
/// rows, and every grain's stored state but the Stripe webhook's own list of event ids it has seen.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class FuzzedWebhookTests(GatewayFixture fixture, ITestOutputHelper output) : BillingSession(fixture)
{
    [Fact]
    public async Task BadDeliveriesToEveryWebhookAnswerAProblemOrAreIgnoredAndStoreNothing()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var world = await new VersionedWriteWorld(Admin).BuildWorldAsync(LabourItem, PanelItem, PanelPiece, StarterPackage);
        var random = new Random(FuzzedBodyRouteTests.Seed);
        var payment = Convert.ToInt64(world.Ids["paymentId"], CultureInfo.InvariantCulture);
        var message = Convert.ToInt64(world.Ids["messageId"], CultureInfo.InvariantCulture);
        var twilio = new TwilioBadWebhooks(Tenant, GatewayFixture.Tenant, message, random);
        var generators = new Dictionary<string, Func<IReadOnlyList<BadWebhook>>>(StringComparer.Ordinal)
        {
            [StripeBadWebhooks.Route] = new StripeBadWebhooks(Tenant, GatewayFixture.Tenant, payment, random).Generate,
            [TwilioBadWebhooks.StatusRoute] = twilio.Status,
            [TwilioBadWebhooks.InboundRoute] = twilio.Inbound,
        };

        var failures = new ConcurrentBag<string>();
        var routes = document.Operations().Where(o => o.Path.StartsWith("/webhooks/", StringComparison.Ordinal)).Select(o => o.Route).ToList();
        foreach (var route in routes.Where(r => !generators.ContainsKey(r)))
        {
            failures.Add($"{route}: a webhook route without generated deliveries; add it to this suite.");
        }

        var sends = routes.Where(generators.ContainsKey).SelectMany(r => generators[r]()).ToList();
        var stored = await StoredRows.SettledAsync(Fixture.Database, Tenant, "stripe-webhooks");
        var before = await CompanySnapshot.TakeAsync(Admin, document, world);
        var answers = new ConcurrentDictionary<int, int>();
        using var anonymous = Fixture.Gateway.CreateClient();
        await RouteCall.ForEachAsync(sends, async send =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, send.Path) { Content = new ByteArrayContent(send.Body) };
            if (send.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(send.ContentType);
            }

            if (send.Signature is not null)
            {
                request.Headers.TryAddWithoutValidation(send.SignatureHeader!, send.Signature);
            }

            if (await RouteCall.RefusedAsync(anonymous, request, $"{send.Route} with {send.Label}", failures, ignoredIsFine: true) is { } status)
            {
                answers.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        });

        foreach (var change in before.ChangesIn(await CompanySnapshot.TakeAsync(Admin, document, world)))
        {
            failures.Add($"stored: {change}");
        }

        foreach (var change in stored.ChangesIn(await StoredRows.ReadAsync(Fixture.Database, Tenant, "stripe-webhooks")))
        {
            failures.Add($"stored: {change}");
        }

        var counts = string.Join(", ", routes.Select(r => $"{sends.Count(s => s.Route == r)} to {r}"));
        var statuses = string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{a.Value} × {a.Key}"));
        output.WriteLine($"Fuzzed webhooks (seed {FuzzedBodyRouteTests.Seed}): {sends.Count} bad deliveries over {routes.Count} webhook routes ({counts}); answers {statuses}; {before.Count} reads and the company's stored rows compared before and after.");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal)));
        Assert.Equal(3, routes.Count);
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Gateway.Tests.ApiDocument;
using SecurityTrax.Gateway.Tests.Files;
using SecurityTrax.Gateway.Tests.VersionedWrites;
using Xunit.Abstractions;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Issue 22 follow-up: every route of the running gateway that accepts multipart/form-data (read from its endpoint
/// metadata) gets generated bad uploads (<see cref="BadUploads"/>, fixed seed), sent by the company's admin: each
/// answers a 4xx ProblemDetails, never a 5xx, and nothing is kept: the company's answers (its file lists among them),
/// its history rows, the stored blobs and chunks, and the customer's reserved uploads are as before.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class FuzzedUploadRouteTests(GatewayFixture fixture, ITestOutputHelper output) : BillingSession(fixture)
{
    private const long MaxFileBytes = 100_000;

    /// <summary>The multipart routes walked, each with the name of its file parts; one not listed here fails the test.</summary>
    private static readonly Dictionary<string, string> FileParts = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/customers/{id}/files"] = "files",
    };

    [Fact]
    public async Task BadUploadsOnEveryMultipartRouteAnswerAProblemAndStoreNothing()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var world = await new VersionedWriteWorld(Admin).BuildWorldAsync(LabourItem, PanelItem, PanelPiece, StarterPackage);
        var customer = Convert.ToInt64(world.Ids["id"], CultureInfo.InvariantCulture);
        (await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Put, "/api/v1/settings/files", "/api/v1/settings/files",
            new { maxFileBytes = MaxFileBytes, quotaBytes = 100_000_000, keepImageLocation = false })).EnsureSuccessStatusCode();
        var random = new Random(FuzzedBodyRouteTests.Seed);
        var failures = new ConcurrentBag<string>();
        var routes = MultipartRoutes();
        var sends = new List<(string Route, string Path, BadUpload Upload)>();
        var lies = new List<(string Route, string Path, BadUpload Upload)>();
        foreach (var route in routes)
        {
            if (!FileParts.TryGetValue(route, out var part) || world.PathOf(route) is not { } path)
            {
                failures.Add($"{route}: a multipart route not walked; name its file part here and give its parameters a record in the world.");
                continue;
            }

            var uploads = new BadUploads(part, MaxFileBytes, random);
            sends.AddRange(uploads.Generate().Select(u => (route, path, u)));
            lies.Add((route, path, uploads.Good()));
        }

        var history = (await StoredRows.SettledAsync(Fixture.Database, Tenant)).History;
        var (blobs, reserved) = (await FileUploads.BlobRowsAsync(Fixture.Database, Tenant), await FileUploads.ReservationsAsync(Fixture.Database, Tenant, customer));
        var before = await CompanySnapshot.TakeAsync(Admin, document, world);
        await RouteCall.ForEachAsync(sends, async send =>
        {
            var content = new ByteArrayContent(send.Upload.Body);
            if (send.Upload.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", send.Upload.ContentType);
            }

            using var request = RouteCall.Build("POST", send.Path, content, null);
            await RouteCall.RefusedAsync(Admin, request, $"{send.Route} with {send.Upload.Label}", failures);
        });

        await SendWithLyingLengthsAsync(lies, failures);
        foreach (var change in before.ChangesIn(await CompanySnapshot.TakeAsync(Admin, document, world)))
        {
            failures.Add($"stored: {change}");
        }

        var after = (await StoredRows.ReadAsync(Fixture.Database, Tenant)).History;
        var (blobsAfter, reservedAfter) = (await FileUploads.BlobRowsAsync(Fixture.Database, Tenant), await FileUploads.ReservationsAsync(Fixture.Database, Tenant, customer));
        if ((after, blobsAfter, reservedAfter) != (history, blobs, reserved))
        {
            failures.Add($"stored: history rows {history} → {after}, blob and chunk rows {blobs} → {blobsAfter}, reserved uploads {reserved} → {reservedAfter}.");
        }

        output.WriteLine($"Fuzzed uploads (seed {FuzzedBodyRouteTests.Seed}): {sends.Count} bad uploads and {lies.Count * 2} good ones under a false Content-Length over {routes.Count} multipart route(s) ({string.Join(", ", routes)}), each a 4xx problem; {before.Count} reads, history, blobs and reservations compared before and after.");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal)));
        Assert.NotEmpty(routes);
    }

    /// <summary>
    /// A good upload declared longer than sent (the server waits, then gives up) and shorter (the server reads a cut
    /// body), over a bare socket to a gateway on Kestrel: the in-memory server trusts the body it is handed.
    /// </summary>
    private async Task SendWithLyingLengthsAsync(List<(string Route, string Path, BadUpload Upload)> lies, ConcurrentBag<string> failures)
    {
        using var kestrel = await KestrelGateway.ClientAsync(Fixture, Tenant, "admin", Password, new() { ["Files:StallTimeout"] = "00:00:01" });
        foreach (var (route, path, upload) in lies)
        {
            foreach (var declared in new[] { upload.Body.Length + 1000L, upload.Body.Length - 40L })
            {
                using var timeout = new CancellationTokenSource(RouteCall.Limit);
                using var response = await HaltedUpload.SendAsync(
                    kestrel.BaseAddress!, path, kestrel.DefaultRequestHeaders.Authorization!.Parameter!, upload.ContentType!, declared, upload.Body, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is < 400 or >= 500 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{route} with {upload.Body.Length} bytes declared as {declared}: {status} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
    }

    private List<string> MultipartRoutes() =>
        [.. Fixture.Gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Any(t => t.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {RouteGrants.Template(e)}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];
}

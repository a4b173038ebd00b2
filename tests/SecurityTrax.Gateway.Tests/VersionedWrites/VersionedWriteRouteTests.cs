using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.VersionedWrites;

/// <summary>
/// Walks every write route of the OpenAPI document: unless it is an exemption (with its reason), it declares If-Match,
/// answers 428 without it and 412 with a stale one, and the record stays as it was. A new route without the rule fails here.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class VersionedWriteRouteTests(GatewayFixture fixture) : BillingSession(fixture)
{
    private static readonly string[] WriteMethods = ["put", "patch", "delete", "post"];

    [Fact]
    public async Task EveryWriteToAnExistingRecordNeedsACurrentIfMatchAndChangesNothingWithoutOne()
    {
        var document = await Fixture.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var routes = WriteRoutes(document).ToList();
        var samples = await new VersionedWriteWorld(Admin).BuildAsync(LabourItem, PanelItem, PanelPiece, StarterPackage);
        var failures = new List<string>();
        foreach (var (route, operation) in routes)
        {
            if (VersionedWriteExemptions.Routes.ContainsKey(route))
            {
                continue;
            }

            if (!samples.TryGetValue(route, out var sample))
            {
                failures.Add($"{route}: neither a sample here nor an exemption; give it If-Match and add a sample to VersionedWriteWorld.");
                continue;
            }

            if (!DeclaresIfMatch(operation))
            {
                failures.Add($"{route}: the OpenAPI document does not declare a required If-Match header.");
            }

            try
            {
                await CheckAsync(route, sample, failures);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or Xunit.Sdk.XunitException or FormatException)
            {
                failures.Add($"{route}: could not be checked: {e.Message}");
            }
        }

        failures.AddRange(VersionedWriteExemptions.Routes.Keys.Where(k => routes.All(r => r.Route != k)).Select(k => $"{k}: exempt but not in the document."));
        failures.AddRange(samples.Keys.Where(k => routes.All(r => r.Route != k)).Select(k => $"{k}: sample for a route the document does not have."));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(samples.Count >= 50, $"Only {samples.Count} versioned write routes were walked.");
    }

    private async Task CheckAsync(string route, VersionedWriteSample sample, List<string> failures)
    {
        var method = new HttpMethod(route[..route.IndexOf(' ', StringComparison.Ordinal)]);
        var (etag, before) = await ReadAsync(sample);
        var version = int.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
        var stale = $"\"{(version > 0 ? version - 1 : version + 1)}\"";
        foreach (var (ifMatch, expected) in new[] { ((string?)null, HttpStatusCode.PreconditionRequired), (stale, HttpStatusCode.PreconditionFailed) })
        {
            using var request = new HttpRequestMessage(method, sample.Path);
            if (sample.Body is not null)
            {
                request.Content = JsonContent.Create(sample.Body);
            }

            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            // Money requests also need an Idempotency-Key; a fresh one keeps this walk about If-Match alone.
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));

            using var response = await Admin.SendAsync(request);
            if (response.StatusCode != expected)
            {
                failures.Add($"{route} with If-Match {ifMatch ?? "missing"}: {(int)response.StatusCode}, not {(int)expected}. {await response.Content.ReadAsStringAsync()}");
            }

            var after = await ReadAsync(sample);
            if (after != (etag, before))
            {
                failures.Add($"{route} with If-Match {ifMatch ?? "missing"}: the record changed ({etag} → {after.ETag}).");
            }
        }
    }

    private async Task<(string ETag, string Body)> ReadAsync(VersionedWriteSample sample)
    {
        using var response = await Admin.GetAsync(sample.ReadPath);
        Assert.True(response.IsSuccessStatusCode, $"GET {sample.ReadPath}: {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        var etag = sample.ETagIn is null ? response.Headers.ETag?.Tag : sample.ETagIn(JsonDocument.Parse(body).RootElement);
        Assert.False(etag is null, $"GET {sample.ReadPath} shows no ETag.");
        return (etag!, body);
    }

    private static IEnumerable<(string Route, JsonElement Operation)> WriteRoutes(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => WriteMethods.Contains(o.Name)))
            {
                yield return ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value);
            }
        }
    }

    private static bool DeclaresIfMatch(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
        && parameters.EnumerateArray().Any(p =>
            p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header"
            && p.TryGetProperty("required", out var required) && required.GetBoolean());
}

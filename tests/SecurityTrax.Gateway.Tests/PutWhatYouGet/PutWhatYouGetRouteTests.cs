using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SecurityTrax.Gateway.Tests.VersionedWrites;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.PutWhatYouGet;

/// <summary>
/// Walks every PUT route of the OpenAPI document over the versioned-write world: the representation read is sent back
/// as it is (200), and with one read-only member changed it is refused naming that member while the record stays as it was.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class PutWhatYouGetRouteTests(GatewayFixture fixture) : BillingSession(fixture)
{
    private const string ReadOnly = "This field is read-only: send it unchanged or leave it out.";

    [Fact]
    public async Task EveryPutTakesBackTheRepresentationItsReadShows()
    {
        var document = await Fixture.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var routes = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("put", out _)).Select(p => $"PUT {p.Name}").ToList();
        var samples = await new VersionedWriteWorld(Admin).BuildAsync(LabourItem, PanelItem, PanelPiece, StarterPackage);
        var failures = new List<string>();
        foreach (var route in routes.Where(r => !PutRepresentations.Exempt.ContainsKey(r)))
        {
            if (!PutRepresentations.Routes.TryGetValue(route, out var representation) || !samples.TryGetValue(route, out var sample))
            {
                failures.Add($"{route}: no representation in PutRepresentations (or no sample in VersionedWriteWorld), and not exempt.");
                continue;
            }

            await CheckAsync(route, sample, representation, failures);
        }

        failures.AddRange(PutRepresentations.Routes.Keys.Concat(PutRepresentations.Exempt.Keys)
            .Where(k => !routes.Contains(k)).Select(k => $"{k}: listed but not in the document."));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(PutRepresentations.Routes.Count + PutRepresentations.Exempt.Count, routes.Count);
    }

    private async Task CheckAsync(string route, VersionedWriteSample sample, PutRepresentation representation, List<string> failures)
    {
        var (body, etag) = await ReadAsync(sample, representation);
        using var same = await SendAsync(Admin, HttpMethod.Put, sample.Path, etag, body);
        if (same.StatusCode != HttpStatusCode.OK)
        {
            failures.Add($"{route} sent back as read: {(int)same.StatusCode}, not 200. {await same.Content.ReadAsStringAsync()}");
            return;
        }

        (body, etag) = await ReadAsync(sample, representation);
        body[representation.ReadOnlyMember] = JsonNode.Parse(representation.Changed);
        using var changed = await SendAsync(Admin, HttpMethod.Put, sample.Path, etag, body);
        var answer = await changed.Content.ReadAsStringAsync();
        var errors = changed.StatusCode == HttpStatusCode.BadRequest ? JsonNode.Parse(answer)!["errors"]?.AsObject() : null;
        var named = errors?.Select(e => (e.Key, Reasons: string.Join("|", e.Value!.AsArray().Select(r => r!.GetValue<string>())))).ToList();
        if (named is null || named.Count != 1 || named[0] != (representation.ReadOnlyMember, ReadOnly))
        {
            failures.Add($"{route} with {representation.ReadOnlyMember} changed: {(int)changed.StatusCode}, not 400 naming it as read-only. {answer}");
        }

        if ((await ReadAsync(sample, representation)).ETag != etag)
        {
            failures.Add($"{route} with {representation.ReadOnlyMember} changed: the record changed.");
        }
    }

    private async Task<(JsonObject Body, string ETag)> ReadAsync(VersionedWriteSample sample, PutRepresentation representation)
    {
        using var response = await Admin.GetAsync(sample.ReadPath);
        Assert.True(response.IsSuccessStatusCode, $"GET {sample.ReadPath}: {(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        var etag = sample.ETagIn is null ? response.Headers.ETag!.Tag : sample.ETagIn(JsonDocument.Parse(text).RootElement)!;
        var body = representation.Pick(JsonNode.Parse(text)!, sample.Path).DeepClone().AsObject();
        return (body, etag);
    }
}

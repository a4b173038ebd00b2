using System.Text.RegularExpressions;
using SecurityTrax.Gateway.Tests.VersionedWrites;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>The document's ETag response headers match what the gateway sends, read against real records.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ETagDocumentTests(GatewayFixture fixture) : BillingSession(fixture)
{
    [Fact]
    public async Task EveryReadThatAnswersAnETagDocumentsItAndEveryDocumentedOneSendsIt()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var reads = document.Operations().Where(o => o.Method == "GET").ToList();
        var samples = await new VersionedWriteWorld(Admin).BuildAsync(LabourItem, PanelItem, PanelPiece, StarterPackage);
        var paths = samples.Values.Where(s => s.ETagIn is null).Select(s => s.ReadPath.Split('?')[0]).ToHashSet();
        // Reads without ids in their route, documented with an ETag, are checked too.
        paths.UnionWith(reads.Where(r => !r.Path.Contains('{', StringComparison.Ordinal) && r.ResponseHeaders("200").Contains("ETag")).Select(r => r.Path));
        var failures = new List<string>();
        foreach (var path in paths)
        {
            var operation = reads.SingleOrDefault(r => Regex.IsMatch(path, "^" + Regex.Replace(r.Path, "{[^}]+}", "[^/]+") + "$"));
            if (operation is null)
            {
                failures.Add($"GET {path}: no such read in the document.");
                continue;
            }

            using var response = await Admin.GetAsync(path);
            var sends = response.IsSuccessStatusCode && response.Headers.ETag is not null;
            if (sends != operation.ResponseHeaders("200").Contains("ETag"))
            {
                failures.Add($"{operation.Id} (GET {path}): {(sends ? "sends an ETag the document does not declare" : "declares an ETag it does not send")} ({(int)response.StatusCode}).");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(paths.Count >= 15, $"Only {paths.Count} reads were checked.");
    }
}

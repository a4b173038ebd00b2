using System.Collections.Concurrent;
using SecurityTrax.Gateway.Tests.ApiDocument;
using SecurityTrax.Gateway.Tests.VersionedWrites;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// What a company's admin reads on every GET route of the document aimed at its world: the status and the ETag, or the
/// JSON body where there is none. Two snapshots that differ mean something of the company changed.
/// </summary>
public sealed class CompanySnapshot
{
    // Answers that move by themselves: the time of day, or counts of deliveries that carry on after the world is built.
    private static readonly HashSet<string> Moving = new(StringComparer.Ordinal)
    {
        "GET /api/v1/security-log",
        "GET /api/v1/me/notifications",
        "GET /api/v1/me/notifications/read",
        "GET /api/v1/schedule/day",
        "GET /api/v1/schedule/unassigned",
        "GET /api/v1/technicians/{userId}/week",
    };

    private readonly ConcurrentDictionary<string, string> _answers = new(StringComparer.Ordinal);

    public int Count => _answers.Count;

    public static async Task<CompanySnapshot> TakeAsync(HttpClient admin, OpenApiDocumentReader document, RouteWorld world)
    {
        var snapshot = new CompanySnapshot();
        var reads = document.Operations()
            .Where(o => o.Method == "GET" && !OwnKeyRoutes.Contains(o.Route) && !Moving.Contains(o.Route) && o.Path.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Select(o => world.PathOf(o.Route))
            .OfType<string>();
        await RouteCall.ForEachAsync(reads, async path =>
        {
            using var response = await admin.GetAsync(path);
            var json = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
            var body = json ? await response.Content.ReadAsStringAsync() : "";

            // A refusal is compared by its problem type: its trace id differs on every request.
            var tag = response.Headers.ETag?.Tag ?? (response.IsSuccessStatusCode || !json ? body : System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("type").GetString());
            snapshot._answers[path] = $"{(int)response.StatusCode} {tag}";
        });
        return snapshot;
    }

    /// <summary>The paths whose answer differs in <paramref name="after"/>, but for the <paramref name="expected"/> ones.</summary>
    public IEnumerable<string> ChangesIn(CompanySnapshot after, params string[] expected) =>
        _answers.Where(a => !expected.Contains(a.Key) && (!after._answers.TryGetValue(a.Key, out var later) || later != a.Value))
            .Select(a => $"{a.Key}: {Short(a.Value)} → {Short(after._answers.GetValueOrDefault(a.Key) ?? "missing")}");

    private static string Short(string answer) => answer.Length <= 160 ? answer : answer[..160] + "…";
}

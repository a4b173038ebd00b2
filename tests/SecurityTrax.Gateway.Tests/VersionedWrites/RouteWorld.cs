using System.Globalization;
using System.Text.RegularExpressions;

namespace SecurityTrax.Gateway.Tests.VersionedWrites;

/// <summary>
/// One company's records behind the routes of the OpenAPI document: a sample write for every versioned route, and the
/// id behind each path parameter, keyed by its name ("id" is a customer) or by "{first segment}:{name}" where the same
/// name means another record ("users:id"), and the query a route cannot answer without.
/// </summary>
public sealed record RouteWorld(
    IReadOnlyDictionary<string, VersionedWriteSample> Samples, IReadOnlyDictionary<string, object> Ids, IReadOnlyDictionary<string, string> Queries)
{
    /// <summary>Words found only in this world's records: another company's answers must not contain them.</summary>
    public IReadOnlyList<string> Markers { get; } = ["Walker", "Walk Police", "Siren is weak", "walk.pdf", "walk@example.test"];

    /// <summary>The concrete path of "METHOD /template" or "/template" in this world; null when a parameter has no record here.</summary>
    public string? PathOf(string route)
    {
        var template = route.Contains(' ', StringComparison.Ordinal) ? route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..] : route;
        var segment = template.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2).FirstOrDefault() ?? "";
        var missing = false;
        var path = Parameter().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;
            if (Ids.TryGetValue($"{segment}:{name}", out var value) || Ids.TryGetValue(name, out value))
            {
                return Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            }

            missing = true;
            return m.Value;
        });
        return missing ? null : Queries.TryGetValue(template, out var query) ? $"{path}?{query}" : path;
    }

    /// <summary>
    /// Whether the route's address names records: it has path parameters other than {provider}, which names one of the
    /// caller's own company's integrations.
    /// </summary>
    public static bool TakesIds(string route) => Parameter().Matches(route).Any(m => m.Groups["name"].Value != "provider");

    private static Regex Parameter() => ParameterPattern;

    private static readonly Regex ParameterPattern = new(@"\{(?<name>[^}:]+)(:[^}]*)?\}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}

namespace SecurityTrax.Gateway.WebConsole;

/// <summary>
/// Matches the console's client routes (<c>/customers/1042/contacts</c>) and nothing of the API's areas or any file,
/// so an unknown <c>/api/…</c> address still answers the API's own 404 ProblemDetails instead of the console's page.
/// </summary>
public sealed class ConsoleRouteConstraint : IRouteConstraint
{
    public const string Name = "console";

    private static readonly string[] Reserved = ["api", "hubs", "openapi", "scalar", "_framework", "healthz", "readyz", "portal"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        IsClientRoute(values.TryGetValue(routeKey, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null);

    public static bool IsClientRoute(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return true;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0
            && !Reserved.Contains(segments[0], StringComparer.OrdinalIgnoreCase)
            && !segments[^1].Contains('.', StringComparison.Ordinal);
    }
}

using System.Net;
using System.Reflection;
using SecurityTrax.Portal;

namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// The subscriber's pages at <c>/portal/{company}/{token}</c>: one small page and script over the portal API (no console
/// app). The page is answered only for a link that opens; any other link gets a friendly page with a 404 or 410.
/// </summary>
public static class PortalPages
{
    private static readonly Assembly Files = typeof(PortalPages).Assembly;

    public static IEndpointRouteBuilder MapPortalPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/portal").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/assets/{file}", Asset);
        group.MapGet("/{company}", SignInPage);
        group.MapGet("/{company}/{token}", PageAsync);
        group.MapGet("/{company}/{token}/receipt/{paymentId:long}", (string company, string token, IClusterClient cluster, HttpContext http) =>
            PageAsync(company, token, cluster, http));
        return routes;
    }

    public static async Task<IResult> PageAsync(string company, string token, IClusterClient cluster, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var scope = PortalLink.Enter(cluster, http, company, token) is { } link ? await link.OpenAsync() : PayLinkScope.Unknown;
        if (scope.IsActive)
        {
            return Results.Content(Read("portal.html"), "text/html; charset=utf-8");
        }

        var (status, title, detail) = PortalLink.Refusal(scope.Status);
        var page = Read("refused.html").Replace("{title}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
            .Replace("{detail}", WebUtility.HtmlEncode(detail), StringComparison.Ordinal);
        return Results.Content(page, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>Signing in with a one-time code, for subscribers without a link; the page is the same for every company.</summary>
    public static IResult SignInPage(string company, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return TenantSlug.IsValid(company)
            ? Results.Content(Read("signin.html"), "text/html; charset=utf-8")
            : Results.Content(Read("refused.html").Replace("{title}", "This page does not exist.", StringComparison.Ordinal)
                .Replace("{detail}", "Check the address, or use the link in your invoice email.", StringComparison.Ordinal), "text/html; charset=utf-8", statusCode: 404);
    }

    private static IResult Asset(string file)
    {
        var type = Path.GetExtension(file) switch
        {
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => null,
        };
        return type is not null && Files.GetManifestResourceInfo("Portal." + file) is not null
            ? Results.Content(Read(file), type)
            : Results.NotFound();
    }

    private static string Read(string file)
    {
        using var stream = Files.GetManifestResourceStream("Portal." + file)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

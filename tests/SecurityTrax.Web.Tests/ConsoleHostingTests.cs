using System.Net;
using System.Text.RegularExpressions;

namespace SecurityTrax.Web.Tests;

/// <summary>The gateway serves the console at / and its client routes, and leaves the API's areas to the API.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class ConsoleHostingTests(ConsoleSystem system)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/customers/1042/contacts")]
    public async Task ClientRoutesServeTheConsolePage(string path)
    {
        using var response = await system.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"app\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/no-such-version/customers")]
    [InlineData("/hubs/no-such-hub")]
    [InlineData("/openapi/v1/deeper")]
    [InlineData("/scalar/v1/deeper/still")]
    public async Task ApiAreasKeepAnsweringTheirOwnNotFoundProblem(string path)
    {
        using var response = await system.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<div id=\"app\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongMethodOnAnApiRouteStillAnswers405()
    {
        using var response = await system.Http.DeleteAsync("/api/v1/customers");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task TheApiDocumentListsNoneOfTheConsolesFiles()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await system.Http.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/v1/customers", paths);
        // The technician's iCalendar feed is an API operation whose name ends in .ics (phones expect it); no file of the console.
        Assert.DoesNotContain(paths, path => path.Contains("_framework", StringComparison.Ordinal)
            || path.Contains("{path", StringComparison.Ordinal) || (Path.HasExtension(path) && path != "/api/v1/technicians/{userId}/calendar.ics"));
    }

    [Fact]
    public async Task AnUnknownOpenApiDocumentKeepsItsOwnNotFound()
    {
        using var response = await system.Http.GetAsync("/openapi/no-such-document.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<div id=\"app\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFileIsNotAnsweredWithThePage()
    {
        using var response = await system.Http.GetAsync("/css/no-such-file.css");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ThePageNamesAFrameworkScriptThatIsServed()
    {
        var page = await system.Http.GetStringAsync("/");
        var script = FrameworkScript().Match(page);
        Assert.True(script.Success, page);

        using var response = await system.Http.GetAsync("/" + script.Groups[1].Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("src=\"(_framework/blazor\\.webassembly[^\"]*\\.js)\"")]
    private static partial Regex FrameworkScript();
}

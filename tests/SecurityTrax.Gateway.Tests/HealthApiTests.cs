using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class HealthApiTests(GatewayFixture fixture)
{
    [Fact]
    public async Task LivenessAnswersWhileTheProcessIsUp()
    {
        var response = await fixture.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("up", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadinessReportsTheSiloAndItsDatabaseToTheOperator()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/readyz");
        request.Headers.Add("X-Operator-Key", GatewayFixture.OperatorKey);
        var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(fixture.Silo.Address, body.GetProperty("silo").GetString());
        Assert.True(body.GetProperty("databaseLatencyMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task ReadinessTellsAnonymousCallersOnlyReadyOrNot()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/readyz");
        request.Headers.Add("X-Operator-Key", "a-wrong-key");
        var wrongKey = await fixture.Http.SendAsync(request);
        var anonymous = await fixture.Http.GetAsync("/readyz");

        foreach (var response in new[] { wrongKey, anonymous })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal("ready", JsonDocument.Parse(text).RootElement.GetProperty("status").GetString());
            Assert.DoesNotContain(fixture.Silo.Address, text, StringComparison.Ordinal);
            Assert.DoesNotContain("atency", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheApi()
    {
        var document = await fixture.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/settings", out var settings));
        Assert.True(settings.TryGetProperty("put", out _));
        Assert.True(paths.TryGetProperty("/readyz", out _));
    }

    [Fact]
    public async Task InteractiveApiPageIsServedWithItsScript()
    {
        var page = await fixture.Http.GetStringAsync("/scalar/v1");
        var script = await fixture.Http.GetAsync("/scalar/scalar.js");

        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task UnknownRouteAnswersProblemDetails()
    {
        var response = await fixture.Http.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

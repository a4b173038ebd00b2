using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Every error a client can meet carries our problem type, also those the framework answers by itself.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ErrorProblemTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task AnUnauthenticatedRequestIsOurUnauthorizedProblem()
    {
        var response = await Fixture.Http.GetAsync("/api/v1/customers");

        await Problems.AssertAsync(response, HttpStatusCode.Unauthorized, "urn:securitytrax:problem:unauthorized");
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task AForbiddenRequestNamesTheMissingGrant()
    {
        var name = GatewayFixture.NewName("tech");
        await Fixture.CreateUserAsync(Admin, name, "Technician");
        using var technician = await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");

        var response = await technician.GetAsync("/api/v1/settings/integrations");

        var problem = await BodyAsync(response, HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");
        Assert.Equal("This needs the settings.integrations grant.", problem.GetProperty("detail").GetString());
        Assert.Equal(["settings.integrations"], problem.GetProperty("missingGrants").EnumerateArray().Select(g => g.GetString()!));
    }

    [Fact]
    public async Task AnUnknownRouteIsOurNotFoundProblem()
    {
        await Problems.AssertAsync(await Admin.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
    }

    [Fact]
    public async Task AWrongMethodIsOurMethodNotAllowedProblem()
    {
        var response = await Admin.PatchAsync("/api/v1/customers", JsonContent.Create(new { firstName = "A" }));

        await Problems.AssertAsync(response, HttpStatusCode.MethodNotAllowed, "urn:securitytrax:problem:method-not-allowed");
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsOurUnsupportedMediaTypeProblem()
    {
        var response = await Admin.PostAsync("/api/v1/customers", new StringContent("firstName=A", Encoding.UTF8, "text/plain"));

        var problem = await BodyAsync(response, HttpStatusCode.UnsupportedMediaType, "urn:securitytrax:problem:unsupported-media-type");
        Assert.Equal("The body must be JSON (Content-Type: application/json).", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("null")]
    public async Task AMissingOrNullBodyNamesTheBodyWithoutFrameworkText(string? body)
    {
        var (id, _, etag) = await CreateAsync(Admin, Person("Em", "Tee"));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}");
        request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(etag));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await Admin.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation"), (response.StatusCode, problem.GetProperty("type").GetString()));
        Assert.Equal(["A JSON body is required."], problem.GetProperty("errors").GetProperty("body").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal("The request needs a JSON body.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("parameter", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(etag, await ETagAsync(Admin, $"/api/v1/customers/{id}"));
    }

    [Fact]
    public async Task AJsonBodyOverTheLimitIsOurTooLargeProblemAndChangesNothing()
    {
        var (id, _, etag) = await CreateAsync(Admin, Person("Big", "Body"));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}")
        {
            Content = JsonContent.Create(new { firstName = "Big", lastName = new string('x', 600 * 1024) }),
        };
        await request.Content.LoadIntoBufferAsync();
        request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(etag));

        var response = await Admin.SendAsync(request);

        var problem = await BodyAsync(response, HttpStatusCode.RequestEntityTooLarge, "urn:securitytrax:problem:too-large");
        Assert.Equal("A JSON body may be at most 512 KiB.", problem.GetProperty("detail").GetString());
        Assert.Equal(etag, await ETagAsync(Admin, $"/api/v1/customers/{id}"));
    }

    [Fact]
    public async Task AChunkedJsonBodyOverTheLimitIsStoppedByTheServerWithTooLarge()
    {
        using var kestrel = await KestrelGateway.ClientAsync(Fixture, GatewayFixture.Tenant, "admin", GatewayFixture.AdminPassword, []);
        var (id, _, etag) = await CreateAsync(Admin, Person("Chunked", "Body"));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}")
        {
            Content = JsonContent.Create(new { firstName = "Chunked", lastName = new string('x', 600 * 1024) }),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(etag));

        var response = await kestrel.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        await BodyAsync(response, HttpStatusCode.RequestEntityTooLarge, "urn:securitytrax:problem:too-large");
        Assert.Equal(etag, await ETagAsync(Admin, $"/api/v1/customers/{id}"));
    }

    [Fact]
    public async Task AQueryValueOfTheWrongTypeNamesItsField()
    {
        var response = await Admin.GetAsync("/api/v1/customers?limit=many");

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["limit"], errors.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("Failed to bind", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((type, (int)status), (problem.GetProperty("type").GetString(), problem.GetProperty("status").GetInt32()));
        return problem;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class SettingsApiTests(GatewayFixture fixture) : AdminSession(fixture)
{
    private const string Path = "/api/v1/settings";


    [Fact]
    public async Task ReadingSettingsGivesTheValuesAndAnETag()
    {
        var response = await Admin.GetAsync(Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(GatewayFixture.Tenant, body.GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task UpdateWithTheCurrentETagIsStoredAndGivesTheNextETag()
    {
        var (etag, _) = await ReadAsync();
        var version = int.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

        var response = await PutAsync(etag, """{"companyName":"Acme Alarm","timeZone":"America/Chicago","culture":"en-US","emailReceiptsByDefault":false}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{version + 1}\"", response.Headers.ETag?.Tag);
        var (newTag, body) = await ReadAsync();
        Assert.Equal($"\"{version + 1}\"", newTag);
        Assert.Equal("Acme Alarm", body.GetProperty("companyName").GetString());
        Assert.Equal("America/Chicago", body.GetProperty("timeZone").GetString());
        Assert.False(body.GetProperty("emailReceiptsByDefault").GetBoolean());
    }

    [Fact]
    public async Task UpdateWithAStaleETagAnswers412AndChangesNothing()
    {
        var (etag, _) = await ReadAsync();
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(etag, Body("Fresh"))).StatusCode);
        var (current, before) = await ReadAsync();

        var response = await PutAsync(etag, Body("Stale"));

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        var (after, body) = await ReadAsync();
        Assert.Equal(current, after);
        Assert.Equal(before.GetProperty("companyName").GetString(), body.GetProperty("companyName").GetString());
    }

    [Fact]
    public async Task UpdateWithoutIfMatchAnswers428()
    {
        var response = await Admin.PutAsync(Path, Json(Body("No tag")));

        await AssertProblemAsync(response, HttpStatusCode.PreconditionRequired, "urn:securitytrax:problem:precondition-required");
    }

    [Fact]
    public async Task UnknownMembersAreRefusedByName()
    {
        var (etag, _) = await ReadAsync();

        var response = await PutAsync(etag, """{"companyName":"X","timeZone":"America/Denver","culture":"en-US","emailReceiptsByDefault":true,"tenant":"other"}""");

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty("tenant", out _));
        Assert.Equal(etag, (await ReadAsync()).ETag);
    }

    [Fact]
    public async Task InvalidValuesAreReportedPerField()
    {
        var (etag, _) = await ReadAsync();

        var response = await PutAsync(etag, """{"companyName":"X","timeZone":"Mars/Base","culture":"xx-invalid-culture","emailReceiptsByDefault":true}""");

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["culture", "timeZone"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(etag, (await ReadAsync()).ETag);
    }

    [Fact]
    public async Task MissingFieldsAreReportedAsRequired()
    {
        var (etag, _) = await ReadAsync();

        var response = await PutAsync(etag, """{"companyName":"X"}""");

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["culture", "emailReceiptsByDefault", "timeZone"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task WrongJsonTypeNamesTheField()
    {
        var (etag, _) = await ReadAsync();

        var response = await PutAsync(etag, """{"companyName":"X","timeZone":"America/Denver","culture":"en-US","emailReceiptsByDefault":"yes"}""");

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.True(errors.TryGetProperty("emailReceiptsByDefault", out _));
    }

    [Fact]
    public async Task TheSettlementCutoffIsHoursAndMinutesOrNullForThePlatforms()
    {
        // A company of its own: a cut-off on the shared one would change how its card payments settle in other tests.
        using var admin = await Fixture.SignInAsync(await Fixture.CreateTenantAsync("cutoff-admin-password"), "admin", "cutoff-admin-password");
        var first = await admin.GetAsync(Path);
        var etag = first.Headers.ETag!.Tag;
        Assert.Equal(JsonValueKind.Null, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cardSettlementCutoff").ValueKind);

        var bad = await admin.SendAsync(Put(etag, """{"companyName":"X","timeZone":"America/Denver","culture":"en-US","emailReceiptsByDefault":true,"cardSettlementCutoff":"2:00:30"}"""));
        var good = await admin.SendAsync(Put(etag, """{"companyName":"X","timeZone":"America/Denver","culture":"en-US","emailReceiptsByDefault":true,"cardSettlementCutoff":"21:30"}"""));
        var set = await admin.GetFromJsonAsync<JsonElement>(Path);
        var cleared = await admin.SendAsync(Put(good.Headers.ETag!.Tag, """{"companyName":"X","timeZone":"America/Denver","culture":"en-US","emailReceiptsByDefault":true}"""));

        var errors = await AssertProblemAsync(bad, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["cardSettlementCutoff"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("21:30", set.GetProperty("cardSettlementCutoff").GetString());
        Assert.Equal(JsonValueKind.Null, (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cardSettlementCutoff").ValueKind);
    }

    private static string Body(string company) =>
        $$"""{"companyName":"{{company}}","timeZone":"America/Denver","culture":"en-US","emailReceiptsByDefault":true}""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<(string ETag, JsonElement Body)> ReadAsync()
    {
        var response = await Admin.GetAsync(Path);
        response.EnsureSuccessStatusCode();
        return (response.Headers.ETag!.Tag, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private Task<HttpResponseMessage> PutAsync(string etag, string body) => Admin.SendAsync(Put(etag, body));

    private static HttpRequestMessage Put(string etag, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Path) { Content = Json(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return request;
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem.TryGetProperty("errors", out var errors) ? errors : default;
    }
}

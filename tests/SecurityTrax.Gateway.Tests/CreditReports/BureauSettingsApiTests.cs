using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>The company's HTTP credit bureau account in the integration settings: encrypted at rest, masked over HTTP.</summary>
[Collection(GatewayCollection.Name)]
public sealed class BureauSettingsApiTests(GatewayFixture fixture) : CompanySession(fixture)
{
    private const string Path = "/api/v1/settings/integrations";
    private const string ApiKey = "bk_live_BureauSecretValue4321";

    [Fact]
    public async Task TheApiKeyIsStoredEncryptedAndShownByItsLastFourCharacters()
    {
        var put = await PutAsync(new { baseUrl = "https://api.bureau.example/", subscriberCode = "SUB-77", apiKey = ApiKey });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var read = await Admin.GetFromJsonAsync<JsonElement>(Path);
        var bureau = read.GetProperty("bureau");
        Assert.Equal(("https://api.bureau.example", "SUB-77", "…4321"),
            (bureau.GetProperty("baseUrl").GetString(), bureau.GetProperty("subscriberCode").GetString(), bureau.GetProperty("apiKey").GetString()));
        var one = await Admin.GetFromJsonAsync<JsonElement>($"{Path}/bureau");
        Assert.Equal(("company", "…4321"), (one.GetProperty("source").GetString(), one.GetProperty("settings").GetProperty("apiKey").GetString()));
        var raw = await Fixture.Database.ScalarAsync<string>(
            "SELECT string_agg(convert_from(payloadbinary, 'UTF8'), '') FROM orleansstorage WHERE grainidextensionstring = @key",
            ("key", $"{Tenant}/integrations")) ?? "";
        Assert.Contains("SUB-77", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, raw, StringComparison.Ordinal);
        var log = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/security-log");
        var change = Assert.Single(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "integration_settings_changed");
        Assert.Equal("bureau: https://api.bureau.example as SUB-77; API key replaced", change.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task LeavingTheKeyOutKeepsTheStoredOneAndRemovingGoesBackToNone()
    {
        await PutAsync(new { baseUrl = "https://api.bureau.example", subscriberCode = "SUB-77", apiKey = ApiKey });

        var kept = await PutAsync(new { baseUrl = "https://api2.bureau.example", subscriberCode = "SUB-78" });
        var removed = await SendAsync(Admin, HttpMethod.Delete, $"{Path}/bureau", await ETagAsync(Admin, Path));

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var keptBody = await kept.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("https://api2.bureau.example", "…4321"), (keptBody.GetProperty("bureau").GetProperty("baseUrl").GetString(), keptBody.GetProperty("bureau").GetProperty("apiKey").GetString()));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bureau").ValueKind);
    }

    [Fact]
    public async Task BadBureauSettingsNameEachFieldAndChangeNothing()
    {
        var etag = await ETagAsync(Admin, Path);

        var bad = await PutAsync(new { baseUrl = "http://bureau.example", subscriberCode = "SUB 77!", apiKey = "short" }, etag);
        var noKey = await PutAsync(new { baseUrl = "https://api.bureau.example", subscriberCode = "SUB-77" }, etag);

        Assert.Equal(["apiKey", "baseUrl", "subscriberCode"], Fields(await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal(["apiKey"], Fields(await Problems.AssertAsync(noKey, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal(etag, await ETagAsync(Admin, Path));
    }

    private async Task<HttpResponseMessage> PutAsync(object body, string? etag = null) =>
        await SendAsync(Admin, HttpMethod.Put, $"{Path}/bureau", etag ?? await ETagAsync(Admin, Path), body);

    private static string[] Fields(JsonElement errors) => [.. errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CreditReports.CreditPulls;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>A company's decision bands and pull limits: read, changed with If-Match, validated, and used by the next pulls.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CreditReportSettingsTests(GatewayFixture fixture) : IAsyncLifetime
{
    private const string Password = "credit-settings-admin-password";
    private const string Path = "/api/v1/settings/credit-reports";

    private string _tenant = "";
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _tenant = await fixture.CreateTenantAsync(Password);
        _admin = await fixture.SignInAsync(_tenant, "admin", Password);
        await new BureauOperator(fixture).ApproveAsync(_admin, _tenant, "sandbox");
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ThePlatformDefaultsHoldUntilChangedAndNewPullsUseTheCompanyBands()
    {
        var defaults = await _admin.GetFromJsonAsync<JsonElement>(Path);
        using var changed = await SendCurrentAsync(_admin, HttpMethod.Patch, Path, Path, new { approvedFrom = 800, conditionalFrom = 750 });
        var id = await SubjectAsync(_admin, "123-45-6789");

        var report = await ReportAsync(_admin, id);

        Assert.Equal((700, 600, 6, 4), Values(defaults));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal((800, 750, 6, 4), Values(await changed.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal((789, "conditional"), (report.GetProperty("score").GetInt32(), report.GetProperty("band").GetString()));
    }

    [Fact]
    public async Task SettingsOutOfRangeOrOutOfOrderAreRefusedByFieldAndChangeNothing()
    {
        var etag = await ETagAsync(_admin, Path);

        using var outOfRange = await SendAsync(_admin, HttpMethod.Patch, Path, etag, new { approvedFrom = 900, dailyQuota = 0, perUserPerHour = 1001 });
        using var outOfOrder = await SendAsync(_admin, HttpMethod.Patch, Path, etag, new { approvedFrom = 650, conditionalFrom = 660 });
        using var stale = await SendAsync(_admin, HttpMethod.Patch, Path, "\"7\"", new { approvedFrom = 720 });

        var range = await Problems.AssertAsync(outOfRange, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["approvedFrom", "dailyQuota", "perUserPerHour"], range.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var order = await Problems.AssertAsync(outOfOrder, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["conditionalFrom"], order.EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var after = await _admin.GetAsync(Path);
        Assert.Equal((etag, (700, 600, 6, 4)), (after.Headers.ETag!.Tag, Values(await after.Content.ReadFromJsonAsync<JsonElement>())));
    }

    [Fact]
    public async Task TheCompanysOwnUserLimitRefusesTheNextPull()
    {
        (await SendCurrentAsync(_admin, HttpMethod.Patch, Path, Path, new { perUserPerHour = 1 })).EnsureSuccessStatusCode();
        var id = await SubjectAsync(_admin, "123-45-6789");

        using var first = await RunAsync(_admin, id);
        using var second = await RunAsync(_admin, id);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var limit = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.TooManyRequests, "urn:securitytrax:problem:credit-report-limit", "user_rate_limit"),
            (second.StatusCode, limit.GetProperty("type").GetString(), limit.GetProperty("limit").GetString()));
        Assert.Equal(1, (await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ReadingTakesSettingsViewAndChangingSettingsModify()
    {
        await fixture.CreateUserAsync(_admin, "seller", "Sales", "seller-password-long");
        await fixture.CreateUserAsync(_admin, "office", "Office", "office-password-long");
        using var seller = await fixture.SignInAsync(_tenant, "seller", "seller-password-long");
        using var office = await fixture.SignInAsync(_tenant, "office", "office-password-long");

        using var sellerRead = await seller.GetAsync(Path);
        using var officeRead = await office.GetAsync(Path);
        using var officeChange = await SendCurrentAsync(office, HttpMethod.Patch, Path, Path, new { dailyQuota = 5 });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Forbidden), (sellerRead.StatusCode, officeRead.StatusCode, officeChange.StatusCode));
    }

    private static (int, int, int, int) Values(JsonElement s) => (
        s.GetProperty("approvedFrom").GetInt32(), s.GetProperty("conditionalFrom").GetInt32(),
        s.GetProperty("dailyQuota").GetInt32(), s.GetProperty("perUserPerHour").GetInt32());
}

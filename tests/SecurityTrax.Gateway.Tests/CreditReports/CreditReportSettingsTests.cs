using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CreditReports.CreditPulls;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>A company's decision bands and pull limits: read, changed with If-Match, validated, and used by the next pulls.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CreditReportSettingsTests(GatewayFixture fixture) : CreditSession(fixture)
{
    private const string Path = "/api/v1/settings/credit-reports";

    [Fact]
    public async Task ThePlatformDefaultsHoldUntilChangedAndNewPullsUseTheCompanyBands()
    {
        var defaults = await Admin.GetFromJsonAsync<JsonElement>(Path);
        using var changed = await SendCurrentAsync(Admin, HttpMethod.Patch, Path, Path, new { approvedFrom = 800, conditionalFrom = 750 });
        var id = await SubjectAsync(Admin, "123-45-6789");

        var report = await ReportAsync(Admin, id);

        Assert.Equal((700, 600, 6, 4), Values(defaults));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal((800, 750, 6, 4), Values(await changed.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal((789, "conditional"), (report.GetProperty("score").GetInt32(), report.GetProperty("band").GetString()));
    }

    [Fact]
    public async Task SettingsOutOfRangeOrOutOfOrderAreRefusedByFieldAndChangeNothing()
    {
        var etag = await ETagAsync(Admin, Path);

        using var outOfRange = await SendAsync(Admin, HttpMethod.Patch, Path, etag, new { approvedFrom = 900, dailyQuota = 0, perUserPerHour = 1001 });
        using var outOfOrder = await SendAsync(Admin, HttpMethod.Patch, Path, etag, new { approvedFrom = 650, conditionalFrom = 660 });
        using var stale = await SendAsync(Admin, HttpMethod.Patch, Path, "\"7\"", new { approvedFrom = 720 });

        var range = await Problems.AssertAsync(outOfRange, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["approvedFrom", "dailyQuota", "perUserPerHour"], range.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var order = await Problems.AssertAsync(outOfOrder, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["conditionalFrom"], order.EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var after = await Admin.GetAsync(Path);
        Assert.Equal((etag, (700, 600, 6, 4)), (after.Headers.ETag!.Tag, Values(await after.Content.ReadFromJsonAsync<JsonElement>())));
    }

    [Fact]
    public async Task TheCompanysOwnUserLimitRefusesTheNextPull()
    {
        (await SendCurrentAsync(Admin, HttpMethod.Patch, Path, Path, new { perUserPerHour = 1 })).EnsureSuccessStatusCode();
        var id = await SubjectAsync(Admin, "123-45-6789");

        using var first = await RunAsync(Admin, id);
        using var second = await RunAsync(Admin, id);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var limit = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.TooManyRequests, "urn:securitytrax:problem:credit-report-limit", "user_rate_limit"),
            (second.StatusCode, limit.GetProperty("type").GetString(), limit.GetProperty("limit").GetString()));
        Assert.Equal(1, (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/credit-reports")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ReadingTakesSettingsViewAndChangingSettingsModify()
    {
        await Fixture.CreateUserAsync(Admin, "seller", "Sales", "seller-password-long");
        await Fixture.CreateUserAsync(Admin, "office", "Office", "office-password-long");
        using var seller = await Fixture.SignInAsync(Tenant, "seller", "seller-password-long");
        using var office = await Fixture.SignInAsync(Tenant, "office", "office-password-long");

        using var sellerRead = await seller.GetAsync(Path);
        using var officeRead = await office.GetAsync(Path);
        using var officeChange = await SendCurrentAsync(office, HttpMethod.Patch, Path, Path, new { dailyQuota = 5 });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Forbidden), (sellerRead.StatusCode, officeRead.StatusCode, officeChange.StatusCode));
    }

    private static (int, int, int, int) Values(JsonElement s) => (
        s.GetProperty("approvedFrom").GetInt32(), s.GetProperty("conditionalFrom").GetInt32(),
        s.GetProperty("dailyQuota").GetInt32(), s.GetProperty("perUserPerHour").GetInt32());
}

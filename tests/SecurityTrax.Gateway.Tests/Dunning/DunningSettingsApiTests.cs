using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Customers;
using SecurityTrax.Identity;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Dunning;

/// <summary>A company's dunning settings over HTTP (defaults, If-Match, validation by field, grants, tenant boundary) and the past-due flag on customers.</summary>
[Collection(GatewayCollection.Name)]
public sealed class DunningSettingsApiTests(GatewayFixture fixture) : CompanySession(fixture)
{
    private const string Path = "/api/v1/settings/dunning";

    [Fact]
    public async Task TheDefaultsHoldUntilChangedAndAChangeKeepsWhatItLeavesOut()
    {
        var defaults = await Admin.GetFromJsonAsync<JsonElement>(Path);
        var me = (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userId").GetInt64();

        using var changed = await SendCurrentAsync(Admin, HttpMethod.Patch, Path, Path, new { retryDays = new[] { 1, 5 }, sendSms = true, ticketAssigneeId = me });
        using var cleared = await SendCurrentAsync(Admin, HttpMethod.Patch, Path, Path, new { ticketAssigneeId = 0 });
        using var same = await SendCurrentAsync(Admin, HttpMethod.Patch, Path, Path, new { sendSms = true });

        Assert.Equal("3,7,14 2 False True True null", Values(defaults));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal($"1,5 2 True True True {me}", Values(await changed.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal("1,5 2 True True True null", Values(await cleared.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.NotEqual(changed.Headers.ETag!.Tag, cleared.Headers.ETag!.Tag);
        Assert.Equal(cleared.Headers.ETag!.Tag, same.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task BadSettingsAreRefusedByFieldAndChangeNothing()
    {
        var etag = await ETagAsync(Admin, Path);

        using var bad = await SendAsync(Admin, HttpMethod.Patch, Path, etag, new { retryDays = new[] { 7, 3 }, noticeDaysBefore = -1, ticketAssigneeId = 999 });
        using var empty = await SendAsync(Admin, HttpMethod.Patch, Path, etag, new { retryDays = Array.Empty<int>() });
        using var tooLate = await SendAsync(Admin, HttpMethod.Patch, Path, etag, new { retryDays = new[] { 3, 91 } });
        using var unknownUser = await SendAsync(Admin, HttpMethod.Patch, Path, etag, new { ticketAssigneeId = 999 });
        using var stale = await SendAsync(Admin, HttpMethod.Patch, Path, "\"7\"", new { noticeDaysBefore = 1 });

        var fields = await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["noticeDaysBefore", "retryDays"], fields.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["retryDays"], (await Problems.AssertAsync(empty, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).EnumerateObject().Select(p => p.Name));
        Assert.Equal(["retryDays"], (await Problems.AssertAsync(tooLate, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).EnumerateObject().Select(p => p.Name));
        Assert.Equal(["ticketAssigneeId"], (await Problems.AssertAsync(unknownUser, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var after = await Admin.GetAsync(Path);
        Assert.Equal((etag, "3,7,14 2 False True True null"), (after.Headers.ETag!.Tag, Values(await after.Content.ReadFromJsonAsync<JsonElement>())));
    }

    [Fact]
    public async Task OneCompanysSettingsAreNotAnothersAndChangingThemTakesSettingsModify()
    {
        using var otherAdmin = await Fixture.SignInAsync(await Fixture.CreateTenantAsync(Password), "admin", Password);
        await Fixture.CreateUserAsync(Admin, "office", "Office", "office-password-long");
        using var office = await Fixture.SignInAsync(Tenant, "office", "office-password-long");

        (await SendCurrentAsync(Admin, HttpMethod.Patch, Path, Path, new { retryDays = new[] { 2 } })).EnsureSuccessStatusCode();
        using var officeRead = await office.GetAsync(Path);
        using var officeChange = await SendCurrentAsync(office, HttpMethod.Patch, Path, Path, new { retryDays = new[] { 9 } });

        Assert.Equal("3,7,14 2 False True True null", Values(await otherAdmin.GetFromJsonAsync<JsonElement>(Path)));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (officeRead.StatusCode, officeChange.StatusCode));
        Assert.Equal("2 2 False True True null", Values(await Admin.GetFromJsonAsync<JsonElement>(Path)));
    }

    [Fact]
    public async Task APastDueCustomerShowsItOnTheRecordTheListAndItsFilterAndInHistory()
    {
        var (late, _, _) = await CreateAsync(Admin, new { stage = "customer", firstName = "Lena", lastName = "Late" });
        var (onTime, _, _) = await CreateAsync(Admin, new { stage = "customer", firstName = "Otto", lastName = "OnTime" });

        await MarkPastDueAsync(late, true);

        var record = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{late}");
        var pastDue = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/customers?pastDue=true");
        var current = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/customers?pastDue=false");
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{late}/history");
        Assert.True(record.GetProperty("pastDue").GetBoolean());
        Assert.Equal([late], pastDue.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        Assert.True(pastDue.GetProperty("items")[0].GetProperty("pastDue").GetBoolean());
        Assert.Equal([onTime], current.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        Assert.Contains(history.GetProperty("items").EnumerateArray(), h => h.GetProperty("action").GetString() == "marked_past_due");

        await MarkPastDueAsync(late, false);
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>("/api/v1/customers?pastDue=true")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task SuspendingIsOffByDefaultASuspendedServiceIsListedAndTheOfficeClearsItWithIfMatch()
    {
        var (cut, _, _) = await CreateAsync(Admin, new { stage = "customer", firstName = "Sam", lastName = "Suspended" });
        var (fine, _, _) = await CreateAsync(Admin, new { stage = "customer", firstName = "Fay", lastName = "Fine" });
        using var other = await Fixture.SignInAsync(await Fixture.CreateTenantAsync(Password), "admin", Password);
        var path = $"/api/v1/customers/{cut}";
        var defaults = await Admin.GetFromJsonAsync<JsonElement>(Path);
        using var turnedOn = await SendCurrentAsync(Admin, HttpMethod.Patch, Path, Path, new { suspendAfterFinalFailure = true });

        await MarkAsync(cut, c => c.SetSuspendedAsync(true, "Automatic payment failed finally (invoice 1); tell the monitoring station"));
        var record = await Admin.GetFromJsonAsync<JsonElement>(path);
        var suspended = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/customers?suspended=true");
        var running = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/customers?suspended=false");
        using var foreign = await SendAsync(other, HttpMethod.Delete, $"{path}/suspension", await ETagAsync(Admin, path));
        using var stale = await SendAsync(Admin, HttpMethod.Delete, $"{path}/suspension", "\"0\"");
        using var cleared = await SendCurrentAsync(Admin, HttpMethod.Delete, $"{path}/suspension", path);
        using var again = await SendCurrentAsync(Admin, HttpMethod.Delete, $"{path}/suspension", path);
        var history = await Admin.GetFromJsonAsync<JsonElement>($"{path}/history");

        Assert.False(defaults.GetProperty("suspendAfterFinalFailure").GetBoolean());
        Assert.True((await turnedOn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("suspendAfterFinalFailure").GetBoolean());
        Assert.True(record.GetProperty("suspended").GetBoolean());
        Assert.Equal([cut], suspended.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        Assert.True(suspended.GetProperty("items")[0].GetProperty("suspended").GetBoolean());
        Assert.Contains(fine, running.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        Assert.DoesNotContain(cut, running.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.False((await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("suspended").GetBoolean());
        Assert.Equal(cleared.Headers.ETag!.Tag, await ETagAsync(Admin, path));
        await Problems.AssertAsync(again, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        var actions = history.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.Equal((1, 1), (actions.Count(a => a == "service_suspended"), actions.Count(a => a == "suspension_cleared")));
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>("/api/v1/customers?suspended=true")).GetProperty("items").EnumerateArray());
    }

    // What the customer's dunning grain does after a final failure (and when the last past-due invoice is paid).
    private Task MarkPastDueAsync(long customer, bool pastDue) =>
        MarkAsync(customer, c => c.SetPastDueAsync(pastDue, pastDue ? "Automatic payment failed finally (invoice 1)" : "Nothing is past due"));

    private async Task MarkAsync(long customer, Func<ICustomerGrain, Task> mark)
    {
        var grains = Fixture.Gateway.Services.GetRequiredService<IClusterClient>();
        CallerContext.Set(Caller.System(Tenant, ChangeSources.Dunning));
        try
        {
            await mark(grains.GetGrain<ICustomerGrain>(GrainKeys.For(Tenant, customer.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        finally
        {
            CallerContext.Clear();
        }
    }

    private static string Values(JsonElement s) => string.Join(' ',
        string.Join(',', s.GetProperty("retryDays").EnumerateArray().Select(d => d.GetInt32())), s.GetProperty("noticeDaysBefore").GetInt32(),
        s.GetProperty("sendSms").GetBoolean(), s.GetProperty("markPastDue").GetBoolean(), s.GetProperty("openTicket").GetBoolean(),
        s.GetProperty("ticketAssigneeId").ValueKind == JsonValueKind.Null ? "null" : s.GetProperty("ticketAssigneeId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
}

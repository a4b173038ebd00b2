using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

[Collection(GatewayCollection.Name)]
public sealed class ScheduleViewsTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    [Fact]
    public async Task ACustomersAppointmentsAreListedLatestFirstAndFilteredByTypeAndStatus()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var day = Wednesday();
        var (install, _) = await BookedAsync(Admin, customer, Booking(technician, Local(day, 9), type: "install"));
        var (service, etag) = await BookedAsync(Admin, customer, Booking(technician, Local(day, 13)));
        (await SendAsync(Admin, HttpMethod.Post, $"/api/v1/appointments/{service}/status", etag, new { status = "cancelled", reason = "Fixed by phone." })).EnsureSuccessStatusCode();
        var path = $"/api/v1/customers/{customer}/appointments";

        Assert.Equal([service, install], await IdsAsync(path));
        Assert.Equal([install], await IdsAsync($"{path}?type=INSTALL"));
        Assert.Equal([service], await IdsAsync($"{path}?status=cancelled,no_show"));
        var bad = await Admin.GetAsync($"{path}?status=done");
        Assert.True((await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("status", out _));
    }

    [Fact]
    public async Task ATechniciansWeekRunsMondayToSundayInTheCompanysTimeZoneAcrossADstChange()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        // The week of 8–14 March 2027: Denver moves its clocks forward on Sunday the 14th, so the week is 167 hours.
        var monday = new DateOnly(2027, 3, 8);
        var (first, _) = await BookedAsync(Admin, customer, Booking(technician, Local(monday, 0, 30)));
        var (last, _) = await BookedAsync(Admin, customer, Booking(technician, Local(monday.AddDays(6), 23)));
        await BookedAsync(Admin, customer, Booking(technician, Local(monday.AddDays(7), 0, 15), 30));
        await BookedAsync(Admin, customer, Booking(technician, Local(monday.AddDays(-1), 23), 30));

        var week = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/technicians/{technician}/week?date=2027-03-11");

        Assert.Equal(("2027-03-08", "2027-03-14", "America/Denver"),
            (week.GetProperty("monday").GetString(), week.GetProperty("sunday").GetString(), week.GetProperty("timeZone").GetString()));
        Assert.Equal([first, last], week.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task WithScheduleViewOwnATechnicianReadsOnlyTheirOwnWeek()
    {
        var role = GatewayFixture.NewName("OwnWeek");
        (await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "schedule.view_own" } })).EnsureSuccessStatusCode();
        var name = GatewayFixture.NewName("tech");
        var me = await Fixture.CreateUserAsync(Admin, name, role);
        (await Admin.PostAsJsonAsync("/api/v1/technicians", new { userId = me })).EnsureSuccessStatusCode();
        var other = await TechnicianAsync(Admin);
        using var technician = await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");

        var own = await technician.GetAsync($"/api/v1/technicians/{me}/week");
        var theirs = await technician.GetAsync($"/api/v1/technicians/{other}/week");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.Equal(["schedule.view"], (await theirs.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missingGrants").EnumerateArray().Select(g => g.GetString()));
    }

    private async Task<long[]> IdsAsync(string path) =>
        [.. (await Admin.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];
}

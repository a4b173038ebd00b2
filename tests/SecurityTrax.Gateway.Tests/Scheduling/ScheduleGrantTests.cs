using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Scheduling;

[Collection(GatewayCollection.Name)]
public sealed class ScheduleGrantTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    [Fact]
    public async Task WithScheduleViewOwnATechnicianSeesOnlyTheirOwnAppointmentsAndRecord()
    {
        var role = GatewayFixture.NewName("OwnSchedule");
        (await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "schedule.view_own" } })).EnsureSuccessStatusCode();
        var name = GatewayFixture.NewName("tech");
        var me = await Fixture.CreateUserAsync(Admin, name, role);
        (await Admin.PostAsJsonAsync("/api/v1/technicians", new { userId = me })).EnsureSuccessStatusCode();
        var other = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var (mine, _) = await BookedAsync(Admin, customer, Booking(me, Local(Wednesday(), 10)));
        var (theirs, _) = await BookedAsync(Admin, customer, Booking(other, Local(Wednesday(), 10)));
        using var technician = await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");

        var own = await technician.GetAsync($"/api/v1/appointments/{mine}");
        var notOwn = await technician.GetAsync($"/api/v1/appointments/{theirs}");
        var ownRecord = await technician.GetAsync($"/api/v1/technicians/{me}");
        var otherRecord = await technician.GetAsync($"/api/v1/technicians/{other}");
        var book = await BookAsync(technician, customer, Booking(me, Local(Wednesday(), 15)));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(mine, (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        await AssertMissingAsync(notOwn, "schedule.view");
        Assert.Equal(HttpStatusCode.OK, ownRecord.StatusCode);
        await AssertMissingAsync(otherRecord, "schedule.view");
        await AssertMissingAsync(book, "schedule.create");
    }

    [Fact]
    public async Task CancellingNeedsScheduleDelete()
    {
        var role = GatewayFixture.NewName("Dispatch");
        (await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "schedule.view", "schedule.create", "schedule.modify" } })).EnsureSuccessStatusCode();
        var name = GatewayFixture.NewName("disp");
        await Fixture.CreateUserAsync(Admin, name, role);
        using var dispatcher = await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var (id, etag) = await BookedAsync(dispatcher, customer, Booking(technician, Local(Wednesday(), 12)));

        var cancel = await CustomerApiClient.SendAsync(dispatcher, HttpMethod.Post, $"/api/v1/appointments/{id}/status", etag, new { status = "cancelled", reason = "No." });
        var dispatch = await CustomerApiClient.SendAsync(dispatcher, HttpMethod.Post, $"/api/v1/appointments/{id}/status", etag, new { status = "dispatched" });

        await AssertMissingAsync(cancel, "schedule.delete");
        Assert.Equal(HttpStatusCode.OK, dispatch.StatusCode);
    }

    private static async Task AssertMissingAsync(HttpResponseMessage response, string grant)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([grant], problem.GetProperty("missingGrants").EnumerateArray().Select(g => g.GetString()));
    }
}

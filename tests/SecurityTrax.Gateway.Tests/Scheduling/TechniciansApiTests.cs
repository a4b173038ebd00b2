using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

[Collection(GatewayCollection.Name)]
public sealed class TechniciansApiTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    [Fact]
    public async Task AUserBecomesATechnicianWithWorkingHoursInTheCompanysTimeZone()
    {
        var userId = await Fixture.CreateUserAsync(Admin, GatewayFixture.NewName("tech"), "Technician");

        var created = await Admin.PostAsJsonAsync("/api/v1/technicians", new
        {
            userId,
            skills = new[] { "Cameras", "Panels" },
            notes = "Has the bucket truck.",
            workingHours = new[] { new { day = "tuesday", start = "09:00", end = "18:00" }, new { day = "monday", start = "08:00", end = "17:00" } },
        });
        var again = await Admin.PostAsJsonAsync("/api/v1/technicians", new { userId });

        Assert.Equal((HttpStatusCode.Created, $"/api/v1/technicians/{userId}"), (created.StatusCode, created.Headers.Location?.OriginalString));
        await Problems.AssertAsync(again, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        var technician = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/technicians/{userId}");
        Assert.Equal("America/Denver", technician.GetProperty("timeZone").GetString());
        Assert.Equal(["Cameras", "Panels"], technician.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(
            [("monday", "08:00", "17:00"), ("tuesday", "09:00", "18:00")],
            technician.GetProperty("workingHours").EnumerateArray()
                .Select(h => (h.GetProperty("day").GetString(), h.GetProperty("start").GetString(), h.GetProperty("end").GetString())));
    }

    [Fact]
    public async Task OverlappingTimeOffIsRefusedByFieldAndNothingChanges()
    {
        var technician = await TechnicianAsync(Admin);
        var path = $"/api/v1/technicians/{technician}";

        var first = await SendCurrentAsync(Admin, HttpMethod.Post, $"{path}/time-off", path, new { from = "2031-07-01", to = "2031-07-05", reason = "Vacation" });
        var overlapping = await SendAsync(Admin, HttpMethod.Post, $"{path}/time-off", first.Headers.ETag!.Tag, new { from = "2031-07-05", to = "2031-07-08", reason = "Course" });
        var backwards = await SendAsync(Admin, HttpMethod.Post, $"{path}/time-off", first.Headers.ETag!.Tag, new { from = "2031-08-05", to = "2031-08-01", reason = "Course" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var problem = await Problems.AssertAsync(overlapping, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["Overlaps time off 1 (2031-07-01 to 2031-07-05)."], problem.GetProperty("from").EnumerateArray().Select(r => r.GetString()));
        Assert.True((await Problems.AssertAsync(backwards, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("to", out _));
        var timeOff = (await Admin.GetFromJsonAsync<JsonElement>(path)).GetProperty("timeOff").EnumerateArray().ToList();
        Assert.Equal([(1, "2031-07-01", "2031-07-05", "Vacation")], timeOff.Select(t =>
            (t.GetProperty("id").GetInt32(), t.GetProperty("from").GetString(), t.GetProperty("to").GetString(), t.GetProperty("reason").GetString())));
        Assert.Equal(first.Headers.ETag!.Tag, await ETagAsync(Admin, path));
    }

    [Fact]
    public async Task BadTechnicianInputIsRefusedByFieldAndNothingIsStored()
    {
        var userId = await Fixture.CreateUserAsync(Admin, GatewayFixture.NewName("tech"), "Technician");

        var unknown = await Admin.PostAsJsonAsync("/api/v1/technicians", new { userId = 999999 });
        var backwards = await Admin.PostAsJsonAsync("/api/v1/technicians", new { userId, workingHours = new[] { new { day = "monday", start = "17:00", end = "08:00" } } });
        var badTime = await Admin.PostAsJsonAsync("/api/v1/technicians", new { userId, workingHours = new[] { new { day = "monday", start = "25:00", end = "26:00" } } });

        Assert.True((await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("userId", out _));
        Assert.True((await Problems.AssertAsync(backwards, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("workingHours[0].end", out _));
        Assert.True((await Problems.AssertAsync(badTime, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("workingHours[0].start", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/v1/technicians/{userId}")).StatusCode);
    }

    [Fact]
    public async Task ANewCompanysTechnicianRoleSeesOnlyItsOwnSchedule()
    {
        var tenant = await Fixture.CreateTenantAsync("schedule-admin-password");
        using var admin = await Fixture.SignInAsync(tenant, "admin", "schedule-admin-password");

        var roles = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/roles")).EnumerateArray().ToList();
        var technician = roles.Single(r => r.GetProperty("name").GetString() == "Technician").GetProperty("grants").EnumerateArray().Select(g => g.GetString()).ToList();
        var adminGrants = roles.Single(r => r.GetProperty("name").GetString() == "Admin").GetProperty("grants").EnumerateArray().Select(g => g.GetString()).ToList();

        Assert.Contains("schedule.view_own", technician);
        Assert.DoesNotContain("schedule.view", technician);
        Assert.Contains("schedule.view_own", adminGrants);
        Assert.All(new[] { "schedule.view", "schedule.create", "schedule.modify", "schedule.delete" }, g => Assert.Contains(g, adminGrants));
    }
}

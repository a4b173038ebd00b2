using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

/// <summary>The company's day by technician and the unassigned list, each in a company of its own so the lists are exact.</summary>
[Collection(GatewayCollection.Name)]
public sealed class DispatchViewsTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    private const string Password = "a-good-password";

    [Fact]
    public async Task TheCompanysDayListsEveryTechnicianWithTheAppointmentsOfThatDayAcrossTheFallBack()
    {
        var (_, admin) = await CompanyAsync();
        var ann = await NamedTechnicianAsync(admin, "Ann");
        var bob = await NamedTechnicianAsync(admin, "Bob");
        var cy = await NamedTechnicianAsync(admin, "Cy");
        var customer = await CustomerAsync(admin);
        // 7 November 2027: Denver's clocks go back an hour, so the day runs 25 hours (06:00Z to 07:00Z next day).
        var day = new DateOnly(2027, 11, 7);
        var (late, _) = await BookedAsync(admin, customer, Booking(ann, Local(day, 23, 15), 30));
        var (shared, _) = await BookedAsync(admin, customer, new { type = "install", start = Local(day, 9), durationMinutes = 60, technicianIds = new[] { ann, bob } });
        await BookedAsync(admin, customer, Booking(bob, Local(day.AddDays(1), 0, 15), 30));
        await BookedAsync(admin, customer, Booking(bob, Local(day.AddDays(-1), 23), 30));

        var board = await admin.GetFromJsonAsync<JsonElement>("/api/v1/schedule/day?date=2027-11-07");

        Assert.Equal(("2027-11-07", "America/Denver"), (board.GetProperty("date").GetString(), board.GetProperty("timeZone").GetString()));
        Assert.Equal(TimeSpan.FromHours(25), board.GetProperty("to").GetDateTimeOffset() - board.GetProperty("from").GetDateTimeOffset());
        Assert.Equal([$"{ann}: {shared} {late}", $"{bob}: {shared}", $"{cy}: "], Rows(board));
        var installs = await admin.GetFromJsonAsync<JsonElement>("/api/v1/schedule/day?date=2027-11-07&type=install");
        Assert.Equal([$"{ann}: {shared}", $"{bob}: {shared}", $"{cy}: "], Rows(installs));
        var bad = await admin.GetAsync("/api/v1/schedule/day?date=7.11.2027&status=done");
        var errors = await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal(["date", "status"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task EachRowOfTheDayCarriesThatWeekdaysWorkingHoursAndFollowsAChange()
    {
        var (_, admin) = await CompanyAsync();
        var ann = await TechnicianAsync(admin, new[] { new { day = "wednesday", start = "07:30", end = "16:00" }, new { day = "thursday", start = "10:00", end = "18:00" } });
        var day = Wednesday();
        var record = await admin.GetAsync($"/api/v1/technicians/{ann}");

        var before = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/schedule/day?date={day:yyyy-MM-dd}");
        (await SendAsync(admin, HttpMethod.Patch, $"/api/v1/technicians/{ann}", record.Headers.ETag!.Tag,
            new { workingHours = new[] { new { day = "tuesday", start = "09:00", end = "17:00" }, new { day = "wednesday", start = "06:00", end = "20:00" } } }))
            .EnsureSuccessStatusCode();
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/schedule/day?date={day:yyyy-MM-dd}");
        var thursday = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/schedule/day?date={day.AddDays(1):yyyy-MM-dd}");

        Assert.Equal([$"{ann}: wednesday 07:30–16:00"], Hours(before));
        Assert.Equal([$"{ann}: wednesday 06:00–20:00"], Hours(after));
        Assert.Equal([$"{ann}: "], Hours(thursday));
    }

    [Fact]
    public async Task WithScheduleViewOwnTheDayShowsOnlyTheTechniciansOwnRowAndTheUnassignedListIsRefused()
    {
        var (tenant, admin) = await CompanyAsync();
        var name = GatewayFixture.NewName("own");
        var me = await Fixture.CreateUserAsync(admin, name, "Technician");
        (await admin.PostAsJsonAsync("/api/v1/technicians", new { userId = me })).EnsureSuccessStatusCode();
        var other = await TechnicianAsync(admin);
        var customer = await CustomerAsync(admin);
        var day = Wednesday();
        var (mine, _) = await BookedAsync(admin, customer, Booking(me, Local(day, 10)));
        await BookedAsync(admin, customer, Booking(other, Local(day, 10)));
        using var technician = await Fixture.SignInAsync(tenant, name, Password);

        var board = await technician.GetFromJsonAsync<JsonElement>($"/api/v1/schedule/day?date={day:yyyy-MM-dd}");
        var unassigned = await technician.GetAsync("/api/v1/schedule/unassigned");

        Assert.Equal([$"{me}: {mine}"], Rows(board));
        Assert.Equal(HttpStatusCode.Forbidden, unassigned.StatusCode);
        Assert.Equal("schedule.view", (await unassigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missingGrants")[0].GetString());
    }

    [Fact]
    public async Task UnassignedAppointmentsAreListedByStartAndFilteredByTypeAndStatus()
    {
        var (_, admin) = await CompanyAsync();
        var technician = await TechnicianAsync(admin);
        var customer = await CustomerAsync(admin);
        var day = Wednesday();
        var (later, _) = await BookedAsync(admin, customer, Unassigned(Local(day, 14), "install"));
        var (earlier, etag) = await BookedAsync(admin, customer, Unassigned(Local(day, 8), "service"));
        await BookedAsync(admin, customer, Booking(technician, Local(day, 8)));
        var (gone, goneTag) = await BookedAsync(admin, customer, Unassigned(Local(day, 16), "service"));
        (await SendAsync(admin, HttpMethod.Post, $"/api/v1/appointments/{gone}/status", goneTag, new { status = "cancelled", reason = "Moved away." })).EnsureSuccessStatusCode();

        Assert.Equal([earlier, later, gone], await IdsAsync(admin, "/api/v1/schedule/unassigned"));
        Assert.Equal([later], await IdsAsync(admin, "/api/v1/schedule/unassigned?type=install"));
        Assert.Equal([earlier, later], await IdsAsync(admin, "/api/v1/schedule/unassigned?status=scheduled"));
        // Assigning it takes it off the list.
        (await SendAsync(admin, HttpMethod.Post, $"/api/v1/appointments/{earlier}/reschedule", etag, Booking(technician, Local(day, 10)))).EnsureSuccessStatusCode();
        Assert.Equal([later, gone], await IdsAsync(admin, "/api/v1/schedule/unassigned"));
    }

    private static object Unassigned(DateTimeOffset start, string type) => new { type, start, durationMinutes = 60, technicianIds = Array.Empty<long>() };

    /// <summary>Each technician's row as "id: appointment ids in order".</summary>
    private static string[] Rows(JsonElement board) =>
        [.. board.GetProperty("technicians").EnumerateArray().Select(t => $"{t.GetProperty("technicianId").GetInt64()}: " +
            string.Join(' ', t.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())))];

    /// <summary>Each technician's row as "id: working hours of the day".</summary>
    private static string[] Hours(JsonElement board) =>
        [.. board.GetProperty("technicians").EnumerateArray().Select(t => $"{t.GetProperty("technicianId").GetInt64()}: " +
            string.Join(", ", t.GetProperty("workingHours").EnumerateArray().Select(h =>
                $"{h.GetProperty("day").GetString()} {h.GetProperty("start").GetString()}–{h.GetProperty("end").GetString()}")))];

    private static async Task<long[]> IdsAsync(HttpClient client, string path) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];

    private async Task<(string Tenant, HttpClient Admin)> CompanyAsync()
    {
        var tenant = await Fixture.CreateTenantAsync(Password);
        return (tenant, await Fixture.SignInAsync(tenant, "admin", Password));
    }

    /// <summary>A technician whose display name sorts as given (the board is ordered by name).</summary>
    private async Task<long> NamedTechnicianAsync(HttpClient admin, string name)
    {
        var userId = await Fixture.CreateUserAsync(admin, name + GatewayFixture.NewName("-"), "Technician");
        (await admin.PostAsJsonAsync("/api/v1/technicians", new { userId })).EnsureSuccessStatusCode();
        return userId;
    }
}

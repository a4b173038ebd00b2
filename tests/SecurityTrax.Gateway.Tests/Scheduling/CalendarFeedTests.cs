using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

/// <summary>The technician's iCalendar feed: read without signing in through its signed link, parsed with Ical.Net.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CalendarFeedTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    [Fact]
    public async Task TheSignedLinkServesTheTechniciansAppointmentsInUtcWithCancelledOnesMarkedCancelled()
    {
        var (me, technician) = await TechnicianUserAsync();
        var customer = await CustomerAsync(Admin);
        var start = Local(Wednesday(), 9);
        var (kept, _) = await BookedAsync(Admin, customer, Booking(me, start, 90, "install"));
        var (cancelled, etag) = await BookedAsync(Admin, customer, Booking(me, start.AddHours(4)));
        await BookedAsync(Admin, customer, Booking(await TechnicianAsync(Admin), start));
        (await SendAsync(Admin, HttpMethod.Post, $"/api/v1/appointments/{cancelled}/status", etag, new { status = "cancelled", reason = "Rain." })).EnsureSuccessStatusCode();

        var link = await technician.GetFromJsonAsync<JsonElement>($"/api/v1/technicians/{me}/calendar-link");
        using var phone = Fixture.Gateway.CreateClient();
        var feed = await phone.GetAsync(link.GetProperty("url").GetString());

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var text = await feed.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        Assert.Contains("X-WR-TIMEZONE:America/Denver", text, StringComparison.Ordinal);
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(
            [($"appointment-{kept}@{GatewayFixture.Tenant}.securitytrax", "CONFIRMED", start.UtcDateTime, start.AddMinutes(90).UtcDateTime),
             ($"appointment-{cancelled}@{GatewayFixture.Tenant}.securitytrax", "CANCELLED", start.AddHours(4).UtcDateTime, start.AddHours(5).UtcDateTime)],
            events.Select(e => (e.Uid, e.Status, e.DtStart!.AsUtc, e.DtEnd!.AsUtc)));
        Assert.All(events, e => Assert.True(e.DtStart!.IsUtc));
        Assert.StartsWith("install: Sam ", events[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotatingTheLinkRevokesTheOldOneAndBadLinksAnswer404()
    {
        var (me, technician) = await TechnicianUserAsync();
        var other = await TechnicianAsync(Admin);
        var old = (await technician.GetFromJsonAsync<JsonElement>($"/api/v1/technicians/{me}/calendar-link")).GetProperty("url").GetString()!;
        var sig = old[(old.IndexOf("sig=", StringComparison.Ordinal) + 4)..];
        var someoneElses = await technician.GetAsync($"/api/v1/technicians/{other}/calendar-link");

        var rotated = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/technicians/{me}/calendar-link/rotate", await ETagAsync(Admin, $"/api/v1/technicians/{me}"));
        var fresh = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        using var phone = Fixture.Gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(fresh)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"/api/v1/technicians/{other}/calendar.ics?sig={fresh[(fresh.IndexOf("sig=", StringComparison.Ordinal) + 4)..]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"/api/v1/technicians/{me}/calendar.ics?sig=nobody.{sig.Split('.')[1]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"/api/v1/technicians/{me}/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, someoneElses.StatusCode);
        Assert.Equal("schedule.modify", (await someoneElses.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missingGrants")[0].GetString());
    }

    private async Task<(long Id, HttpClient Client)> TechnicianUserAsync()
    {
        var name = GatewayFixture.NewName("ics");
        var id = await Fixture.CreateUserAsync(Admin, name, "Technician");
        (await Admin.PostAsJsonAsync("/api/v1/technicians", new { userId = id })).EnsureSuccessStatusCode();
        return (id, await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Identity;
using SecurityTrax.Scheduling;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

[Collection(GatewayCollection.Name)]
public sealed class BookingConflictTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    [Fact]
    public async Task AClashAnswers409ListingTheOtherAppointmentUnlessOverriddenWithAReason()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var start = Local(Wednesday(), 10);
        var (first, _) = await BookedAsync(Admin, customer, Booking(technician, start, 120));

        var clash = await BookAsync(Admin, customer, Booking(technician, start.AddMinutes(60), 60));
        var overridden = await BookAsync(Admin, customer, Booking(technician, start.AddMinutes(60), 60, overrideReason: "Two-person job, customer agreed."));

        var problem = await ConflictAsync(clash);
        var clashes = problem.GetProperty("clashes").EnumerateArray().ToList();
        Assert.Equal(
            [(technician, "appointment", (long?)first, start, start.AddMinutes(120))],
            clashes.Select(c => (c.GetProperty("technicianId").GetInt64(), c.GetProperty("kind").GetString(), (long?)c.GetProperty("appointmentId").GetInt64(),
                c.GetProperty("start").GetDateTimeOffset(), c.GetProperty("end").GetDateTimeOffset())));
        Assert.Equal(HttpStatusCode.Created, overridden.StatusCode);
        var second = (await overridden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var history = await HistoryAsync(Admin, customer, second);
        Assert.Contains(("conflict_overridden", "overrideReason", null, "Two-person job, customer agreed.", "admin"), history);
        Assert.Contains(history, h => h.Field == "clash" && h.New!.Contains($"appointment {first}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorkingHoursAndTimeOffClashInTheCompanysTimeZone()
    {
        var tenant = await Fixture.CreateTenantAsync("hours-admin-password");
        using var admin = await Fixture.SignInAsync(tenant, "admin", "hours-admin-password");
        var technician = await TechnicianAsync(admin, new[] { new { day = "wednesday", start = "08:00", end = "17:00" } });
        var customer = await CustomerAsync(admin);
        var day = Wednesday();
        var path = $"/api/v1/technicians/{technician}";
        var dayText = day.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await SendCurrentAsync(admin, HttpMethod.Post, $"{path}/time-off", path, new { from = dayText, to = dayText, reason = "Dentist" })).EnsureSuccessStatusCode();

        var inside = await BookAsync(admin, customer, Booking(technician, Local(day, 16), 60));
        var late = await BookAsync(admin, customer, Booking(technician, Local(day, 16, 30), 60));
        var thursday = await BookAsync(admin, customer, Booking(technician, Local(day.AddDays(1), 10), 60));
        var off = await BookAsync(admin, customer, Booking(technician, Local(day.AddDays(7), 10), 60));

        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
        var lateClash = await SingleClashAsync(late);
        Assert.Equal(("outside_working_hours", Local(day, 8), Local(day, 17)), lateClash);
        Assert.Equal("outside_working_hours", (await SingleClashAsync(thursday)).Kind);
        Assert.Equal(("time_off", Local(day.AddDays(7), 0), Local(day.AddDays(8), 0)), await SingleClashAsync(off));
    }

    [Fact]
    public async Task ABookingAcrossTwoCalendarWeeksClashesInBoth()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var monday = CalendarKeys.WeekOf(DateTimeOffset.UtcNow).AddDays(28);
        var midnight = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var (across, _) = await BookedAsync(Admin, customer, Booking(technician, midnight.AddHours(-1), 120));

        var before = await BookAsync(Admin, customer, Booking(technician, midnight.AddMinutes(-90), 60));
        var after = await BookAsync(Admin, customer, Booking(technician, midnight.AddMinutes(30), 60));

        Assert.Equal(across, (await ConflictAsync(before)).GetProperty("clashes")[0].GetProperty("appointmentId").GetInt64());
        Assert.Equal(across, (await ConflictAsync(after)).GetProperty("clashes")[0].GetProperty("appointmentId").GetInt64());
    }

    [Fact]
    public async Task AMultiTechnicianBookingThatClashesForOneHoldsNothingForTheOther()
    {
        var busy = await TechnicianAsync(Admin);
        var free = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var start = Local(Wednesday(), 11);
        await BookedAsync(Admin, customer, Booking(busy, start));

        var both = await BookAsync(Admin, customer, new { type = "install", start, durationMinutes = 60, technicianIds = new[] { free, busy } });
        var freeAlone = await BookAsync(Admin, customer, Booking(free, start));

        var clashes = (await ConflictAsync(both)).GetProperty("clashes").EnumerateArray();
        Assert.Equal([busy], clashes.Select(c => c.GetProperty("technicianId").GetInt64()));
        Assert.Equal(HttpStatusCode.Created, freeAlone.StatusCode);
    }

    [Fact]
    public async Task MovingChecksTheNewTimeAndFreesTheOldOne()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var day = Wednesday();
        var (moving, etag) = await BookedAsync(Admin, customer, Booking(technician, Local(day, 9)));
        var (blocking, _) = await BookedAsync(Admin, customer, Booking(technician, Local(day, 13)));
        var path = $"/api/v1/appointments/{moving}/reschedule";

        var onto = await SendAsync(Admin, HttpMethod.Post, path, etag, Booking(technician, Local(day, 13, 30)));
        var moved = await SendAsync(Admin, HttpMethod.Post, path, etag, Booking(technician, Local(day, 15)));
        var oldTime = await BookAsync(Admin, customer, Booking(technician, Local(day, 9)));
        var newTime = await BookAsync(Admin, customer, Booking(technician, Local(day, 15, 30)));

        Assert.Equal(blocking, (await ConflictAsync(onto)).GetProperty("clashes")[0].GetProperty("appointmentId").GetInt64());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Created, oldTime.StatusCode);
        Assert.Equal(moving, (await ConflictAsync(newTime)).GetProperty("clashes")[0].GetProperty("appointmentId").GetInt64());
        Assert.Contains(("moved", "start", null, null, "admin"), (await HistoryAsync(Admin, customer, moving)).Select(h => (h.Action, h.Field, (string?)null, (string?)null, h.Actor)));
    }

    [Fact]
    public async Task ManyDispatchersBookingOneSlotAtOnceExactlyOneWins()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var start = Local(Wednesday(), 14);
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Fixture.SignInAsAdminAsync()));

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => BookAsync(clients[i % clients.Length], customer, Booking(technician, start.AddMinutes(i % 3 * 10)))));

        var won = answers.Where(a => a.StatusCode == HttpStatusCode.Created).ToList();
        Assert.Single(won);
        Assert.Equal(23, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var winner = (await won[0].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        foreach (var lost in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal(winner, (await lost.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clashes")[0].GetProperty("appointmentId").GetInt64());
        }
    }

    [Fact]
    public async Task AStrayBookingLeftByAnInterruptedReservationIsReleasedWhenMet()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var start = Local(Wednesday(), 15);
        var userId = technician.ToString(System.Globalization.CultureInfo.InvariantCulture);
        CallerContext.Set(new Caller(GatewayFixture.Tenant, "system", "System", "test", null, null));
        try
        {
            // What a silo crash between two reservations leaves: a booking no appointment record stands behind.
            var calendar = Fixture.Silo.Grains.GetGrain<ITechnicianCalendarGrain>(GrainKeys.For(GatewayFixture.Tenant, CalendarKeys.Id(userId, CalendarKeys.WeekOf(start))));
            Assert.Empty(await calendar.ReserveAsync(new CalendarBooking(987_654_321, 1, start, start.AddHours(1)), force: false));

            var booked = await BookAsync(Admin, customer, Booking(technician, start));

            Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
            var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
            Assert.Equal([id], (await calendar.ListAsync()).Select(b => b.AppointmentId));
        }
        finally
        {
            CallerContext.Clear();
        }
    }

    private static async Task<(string? Kind, DateTimeOffset Start, DateTimeOffset End)> SingleClashAsync(HttpResponseMessage response)
    {
        var clash = Assert.Single((await ConflictAsync(response)).GetProperty("clashes").EnumerateArray());
        return (clash.GetProperty("kind").GetString(), clash.GetProperty("start").GetDateTimeOffset(), clash.GetProperty("end").GetDateTimeOffset());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.Scheduling;

/// <summary>Bad appointment input answers 400 naming the field, and holds nothing in any technician's calendar.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AppointmentInputTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    [Fact]
    public async Task BadTimesAndTechniciansAreRefusedByFieldAndNothingIsStored()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var start = Local(Wednesday(), 10);

        var backwards = await BookAsync(Admin, customer, new { type = "service", arrivalWindow = new { from = start, to = start.AddHours(-1) }, technicianIds = new[] { technician } });
        var zero = await BookAsync(Admin, customer, Booking(technician, start, 0));
        var tooLong = await BookAsync(Admin, customer, Booking(technician, start, 24 * 60 + 1));
        var unknown = await BookAsync(Admin, customer, new { type = "service", start, durationMinutes = 60, technicianIds = new[] { technician, 999_999 } });
        var past = await BookAsync(Admin, customer, Booking(technician, DateTimeOffset.UtcNow.AddDays(-1)));
        var pastWindow = await BookAsync(Admin, customer, new { type = "service", arrivalWindow = new { from = DateTimeOffset.UtcNow.AddDays(-1), to = DateTimeOffset.UtcNow.AddDays(-1).AddHours(4) }, technicianIds = new[] { technician } });

        Assert.Equal(["The window ends before it starts."], await FieldAsync(backwards, "arrivalWindow.to"));
        Assert.Equal(["An appointment lasts 1 to 1440 minutes (24 hours)."], await FieldAsync(zero, "durationMinutes"));
        Assert.Equal(["An appointment lasts 1 to 1440 minutes (24 hours)."], await FieldAsync(tooLong, "durationMinutes"));
        Assert.Equal(["'999999' is not a technician of this company."], await FieldAsync(unknown, "technicianIds[1]"));
        Assert.Equal(["The start is in the past."], await FieldAsync(past, "start"));
        Assert.Equal(["The start is in the past."], await FieldAsync(pastWindow, "arrivalWindow.from"));

        // Nothing was held: the technician's time is still free.
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(Admin, customer, Booking(technician, start))).StatusCode);
    }

    [Fact]
    public async Task AnArrivalWindowIsHeldWhole()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var day = Wednesday();

        var window = await BookAsync(Admin, customer, new { type = "service", arrivalWindow = new { from = Local(day, 8), to = Local(day, 12) }, technicianIds = new[] { technician } });
        var inside = await BookAsync(Admin, customer, Booking(technician, Local(day, 11)));

        var body = await window.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((true, Local(day, 8), Local(day, 12)), (body.GetProperty("arrivalWindow").GetBoolean(), body.GetProperty("start").GetDateTimeOffset(), body.GetProperty("end").GetDateTimeOffset()));
        Assert.Equal(body.GetProperty("id").GetInt64(), (await ConflictAsync(inside)).GetProperty("clashes")[0].GetProperty("appointmentId").GetInt64());
    }

    private static async Task<string[]> FieldAsync(HttpResponseMessage response, string field)
    {
        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        return [.. errors.GetProperty(field).EnumerateArray().Select(r => r.GetString()!)];
    }
}

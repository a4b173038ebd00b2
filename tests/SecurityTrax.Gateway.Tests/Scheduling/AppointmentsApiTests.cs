using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

[Collection(GatewayCollection.Name)]
public sealed class AppointmentsApiTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    [Fact]
    public async Task ALeadAnswers409ConvertFirst()
    {
        var technician = await TechnicianAsync(Admin);
        var (lead, _, _) = await CreateAsync(Admin, Person("Lee", "Lead"));

        var response = await BookAsync(Admin, lead, Booking(technician, Local(Wednesday(), 10)));

        var problem = await ConflictAsync(response);
        Assert.Equal($"Customer {lead} is a lead: convert it to a customer first.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnAppointmentGoesThroughItsStatesAndEachChangeIsInTheCustomersHistory()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var start = Local(Wednesday(), 10);

        var created = await BookAsync(Admin, customer, Booking(technician, start, 90, "install"));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        var path = $"/api/v1/appointments/{id}";
        Assert.Equal((HttpStatusCode.Created, path), (created.StatusCode, created.Headers.Location?.OriginalString));
        Assert.Equal(("install", "scheduled", "12 Elm St"), (body.GetProperty("type").GetString(), body.GetProperty("status").GetString(),
            body.GetProperty("address").GetProperty("line1").GetString()));
        Assert.Equal((start, start.AddMinutes(90)), (body.GetProperty("start").GetDateTimeOffset(), body.GetProperty("end").GetDateTimeOffset()));

        var etag = created.Headers.ETag!.Tag;
        foreach (var status in new[] { "dispatched", "en_route", "on_site", "completed" })
        {
            var moved = await SendAsync(Admin, HttpMethod.Post, $"{path}/status", etag, new { status });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            etag = moved.Headers.ETag!.Tag;
        }

        // The read model follows through the outbox, delivered before the answer.
        var row = await Fixture.Database.ScalarAsync<string>(
            "SELECT status || ' ' || type || ' ' || array_to_string(technician_ids, ',') FROM appointment_list WHERE tenant_id = @t AND appointment_id = @id",
            ("t", GatewayFixture.Tenant), ("id", id));
        Assert.Equal($"completed install {technician}", row);

        var back = await SendAsync(Admin, HttpMethod.Post, $"{path}/status", etag, new { status = "scheduled" });
        var problem = await ConflictAsync(back);
        Assert.Equal($"Appointment {id} is completed; it can become nothing else.", problem.GetProperty("detail").GetString());
        var history = await HistoryAsync(Admin, customer, id);
        Assert.Contains(("created", "type", null, "install", "admin"), history);
        Assert.Contains(("created", "technicianIds", null, technician.ToString(System.Globalization.CultureInfo.InvariantCulture), "admin"), history);
        Assert.Equal(
            [("created", null, "scheduled"), ("status_changed", "scheduled", "dispatched"), ("status_changed", "dispatched", "en_route"),
             ("status_changed", "en_route", "on_site"), ("status_changed", "on_site", "completed")],
            history.Where(h => h.Field == "status").Select(h => (h.Action, h.Old, h.New)).Reverse());
    }

    [Fact]
    public async Task SkippingAStateIsRefusedAndChangesNothing()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var (id, etag) = await BookedAsync(Admin, customer, Booking(technician, Local(Wednesday(), 13)));

        var skipped = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/appointments/{id}/status", etag, new { status = "completed" });

        var problem = await ConflictAsync(skipped);
        Assert.Equal($"Appointment {id} is scheduled; it can become dispatched, cancelled, no_show.", problem.GetProperty("detail").GetString());
        Assert.Equal(etag, await ETagAsync(Admin, $"/api/v1/appointments/{id}"));
    }

    [Fact]
    public async Task CancellingTakesAReasonKeepsItInHistoryAndFreesTheTime()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var start = Local(Wednesday(), 9);
        var (id, etag) = await BookedAsync(Admin, customer, Booking(technician, start));
        var path = $"/api/v1/appointments/{id}/status";

        var noReason = await SendAsync(Admin, HttpMethod.Post, path, etag, new { status = "cancelled" });
        var cancelled = await SendAsync(Admin, HttpMethod.Post, path, etag, new { status = "cancelled", reason = "Customer moved out." });
        var rebooked = await BookAsync(Admin, customer, Booking(technician, start));

        Assert.True((await Problems.AssertAsync(noReason, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Customer moved out.", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancelReason").GetString());
        Assert.Equal(HttpStatusCode.Created, rebooked.StatusCode);
        var history = await HistoryAsync(Admin, customer, id);
        Assert.Contains(("cancelled", "status", "scheduled", "cancelled", "admin"), history);
        Assert.Contains(("status_changed", "reason", null, "Customer moved out.", "admin"), history);
    }

    [Fact]
    public async Task AppointmentTypesAreTheThreeBuiltInOnesAndTheCompanysOwn()
    {
        var name = GatewayFixture.NewName("alarm test ");
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);

        var unknown = await BookAsync(Admin, customer, Booking(technician, Local(Wednesday(), 8), type: name));
        var added = await Admin.PostAsJsonAsync("/api/v1/appointment-types", new { name });
        var booked = await BookAsync(Admin, customer, Booking(technician, Local(Wednesday(), 8), type: name.ToUpperInvariant()));

        Assert.True((await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("type", out _));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var types = (await Admin.GetFromJsonAsync<string[]>("/api/v1/appointment-types"))!;
        Assert.Equal(["install", "service", "removal"], types[..3]);
        Assert.Contains(name, types);
        Assert.Equal(name, (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }
}

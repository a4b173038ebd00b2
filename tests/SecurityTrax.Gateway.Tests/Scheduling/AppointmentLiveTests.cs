using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

/// <summary>Real SignalR clients: the technicians concerned hear of each change (live and in their inbox), never the actor.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AppointmentLiveTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task AssigningMovingAndCancellingTellEachTechnicianConcernedButNeverTheActor()
    {
        var dispatcher = await TechnicianUserAsync("Office");
        var kept = await TechnicianUserAsync("Technician");
        var added = await TechnicianUserAsync("Technician");
        var customer = await CustomerAsync(Admin);
        using var dispatcherClient = Client(dispatcher.Token);
        await using var dispatcherLive = await LiveClient.ConnectAsync(Fixture.Gateway, dispatcher.Token);
        await using var keptLive = await LiveClient.ConnectAsync(Fixture.Gateway, kept.Token);
        await using var addedLive = await LiveClient.ConnectAsync(Fixture.Gateway, added.Token);
        var start = Local(Wednesday(), 10);

        var (id, etag) = await BookedAsync(dispatcherClient, customer, Crew(start, dispatcher.Id, kept.Id));
        var assigned = await keptLive.NextAsync(Patience);
        var moved = await SendAsync(dispatcherClient, HttpMethod.Post, $"/api/v1/appointments/{id}/reschedule", etag, Crew(start.AddHours(2), dispatcher.Id, added.Id));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var removed = await keptLive.NextAsync(Patience);
        var newcomer = await addedLive.NextAsync(Patience);
        var dispatched = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/appointments/{id}/status", moved.Headers.ETag!.Tag, new { status = "dispatched" });
        var cancelled = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/appointments/{id}/status", dispatched.Headers.ETag!.Tag, new { status = "cancelled", reason = "Customer away." });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        Assert.Equal("appointment.assigned", assigned.GetProperty("kind").GetString());
        AssertPayload(assigned.GetProperty("data"), id, customer, start, "service");
        Assert.Equal("appointment.cancelled", removed.GetProperty("kind").GetString());
        Assert.Equal("appointment.assigned", newcomer.GetProperty("kind").GetString());
        AssertPayload(newcomer.GetProperty("data"), id, customer, start.AddHours(2), "service");
        // The dispatcher made the first two changes: the first thing they hear is the admin's dispatch.
        Assert.Equal(
            [("appointment.changed", "dispatched"), ("appointment.cancelled", "cancelled")],
            [Kind(await dispatcherLive.NextAsync(Patience)), Kind(await dispatcherLive.NextAsync(Patience))]);
        Assert.Equal(
            [("appointment.changed", "dispatched"), ("appointment.cancelled", "cancelled")],
            [Kind(await addedLive.NextAsync(Patience)), Kind(await addedLive.NextAsync(Patience))]);
        Assert.False(keptLive.TryTake(out _));
        Assert.Equal(["appointment.assigned", "appointment.cancelled"], await InboxKindsAsync(kept.Token, id));
        Assert.Equal(["appointment.assigned", "appointment.changed", "appointment.cancelled"], await InboxKindsAsync(added.Token, id));
        Assert.Equal(["appointment.changed", "appointment.cancelled"], await InboxKindsAsync(dispatcher.Token, id));
    }

    [Fact]
    public async Task ViewersOfTheCustomerHearOfEachAppointmentChange()
    {
        var technician = await TechnicianAsync(Admin);
        var customer = await CustomerAsync(Admin);
        var viewer = await TechnicianUserAsync("Office");
        await using var live = await LiveClient.ConnectAsync(Fixture.Gateway, viewer.Token);
        await live.WatchCustomerAsync(customer);
        var start = Local(Wednesday(), 9);

        var (id, etag) = await BookedAsync(Admin, customer, Booking(technician, start));
        var booked = await live.NextCustomerEventAsync(Patience);
        var moved = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/appointments/{id}/reschedule", etag, Booking(technician, start.AddHours(3)));
        var change = await live.NextCustomerEventAsync(Patience);
        await SendAsync(Admin, HttpMethod.Post, $"/api/v1/appointments/{id}/status", moved.Headers.ETag!.Tag, new { status = "cancelled", reason = "Rain." });
        var cancel = await live.NextCustomerEventAsync(Patience);

        Assert.Equal((customer, "appointment.assigned"), (booked.GetProperty("customerId").GetInt64(), booked.GetProperty("kind").GetString()));
        AssertPayload(booked.GetProperty("data"), id, customer, start, "service");
        Assert.Equal("appointment.changed", change.GetProperty("kind").GetString());
        Assert.Equal(start.AddHours(3), change.GetProperty("data").GetProperty("start").GetDateTimeOffset());
        Assert.Equal("appointment.cancelled", cancel.GetProperty("kind").GetString());
        Assert.Equal(("cancelled", "Rain."), (cancel.GetProperty("data").GetProperty("status").GetString(), cancel.GetProperty("data").GetProperty("reason").GetString()));
    }

    private static object Crew(DateTimeOffset start, params long[] technicianIds) =>
        new { type = "service", start, durationMinutes = 60, technicianIds };

    private static (string?, string?) Kind(JsonElement n) => (n.GetProperty("kind").GetString(), n.GetProperty("data").GetProperty("status").GetString());

    private static void AssertPayload(JsonElement data, long id, long customer, DateTimeOffset start, string type)
    {
        Assert.Equal((id, customer, "Sam"), (data.GetProperty("appointmentId").GetInt64(), data.GetProperty("customerId").GetInt64(),
            data.GetProperty("customerName").GetString()!.Split(' ')[0]));
        Assert.Equal((start, start.AddHours(1), type), (data.GetProperty("start").GetDateTimeOffset(), data.GetProperty("end").GetDateTimeOffset(),
            data.GetProperty("type").GetString()));
    }

    private HttpClient Client(string token)
    {
        var client = Fixture.Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private async Task<string[]> InboxKindsAsync(string token, long appointment)
    {
        using var client = Client(token);
        var inbox = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/me/notifications?limit=200"))!;
        return [.. inbox.Where(n => n.GetProperty("data").TryGetProperty("appointmentId", out var a) && a.GetInt64() == appointment)
            .OrderBy(n => n.GetProperty("sequence").GetInt64()).Select(n => n.GetProperty("kind").GetString()!)];
    }

    private async Task<(long Id, string Token)> TechnicianUserAsync(string role)
    {
        var name = GatewayFixture.NewName("t");
        var id = await Fixture.CreateUserAsync(Admin, name, role);
        (await Admin.PostAsJsonAsync("/api/v1/technicians", new { userId = id })).EnsureSuccessStatusCode();
        var token = (await Fixture.TokenAsync(GatewayFixture.Tenant, name, "a-good-password")).GetProperty("accessToken").GetString()!;
        return (id, token);
    }
}

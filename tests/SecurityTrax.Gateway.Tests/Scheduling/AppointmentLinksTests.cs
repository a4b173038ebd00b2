using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

/// <summary>
/// An appointment links a ticket and invoices of its own customer (what the booking form's pickers offer), kept in
/// history. Each test has a company of its own: invoices made in the shared one would take numbers other tests expect
/// to be free there.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AppointmentLinksTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    [Fact]
    public async Task ABookingLinksTheCustomersTicketAndInvoicesAndARescheduleChangesThem()
    {
        using var admin = await CompanyAsync();
        var technician = await TechnicianAsync(admin);
        var customer = await CustomerAsync(admin);
        var ticket = await TicketAsync(admin, customer, technician);
        var (first, second) = (await InvoiceAsync(admin, customer), await InvoiceAsync(admin, customer));
        var start = Local(Wednesday(), 10);

        var (id, etag) = await BookedAsync(admin, customer, Links(technician, start, ticket, first, second));
        var booked = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/appointments/{id}");
        var moved = await SendAsync(admin, HttpMethod.Post, $"/api/v1/appointments/{id}/reschedule", etag, Links(technician, start, null, second));
        var after = await moved.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal($"{ticket}: {first} {second}", LinksOf(booked));
        Assert.Equal($": {second}", LinksOf(after));
        var history = await HistoryAsync(admin, customer, id);
        Assert.Contains(history, h => h.Field == "ticketId" && h.Old == ticket.ToString() && h.New is null or "");
        Assert.Contains(history, h => h.Field == "invoiceIds" && h.New == second.ToString());
    }

    [Fact]
    public async Task AnotherCustomersTicketOrInvoiceIsRefusedByFieldAndNothingIsBooked()
    {
        using var admin = await CompanyAsync();
        var technician = await TechnicianAsync(admin);
        var customer = await CustomerAsync(admin);
        var other = await CustomerAsync(admin);
        var (theirTicket, theirInvoice) = (await TicketAsync(admin, other, technician), await InvoiceAsync(admin, other));
        var mine = await InvoiceAsync(admin, customer);
        var start = Local(Wednesday(), 14);

        var refused = await BookAsync(admin, customer, Links(technician, start, theirTicket, mine, theirInvoice));
        var errors = await Problems.AssertAsync(refused, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");

        Assert.Equal(["invoiceIds[1]", "ticketId"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/appointments")).GetProperty("items").GetArrayLength());
        // The technician's time was never held.
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(admin, customer, Booking(technician, start))).StatusCode);
    }

    private static object Links(long technician, DateTimeOffset start, long? ticketId, params long[] invoiceIds) =>
        new { type = "service", start, durationMinutes = 60, technicianIds = new[] { technician }, ticketId, invoiceIds };

    /// <summary>"ticket: invoice invoice" (the ticket empty when none).</summary>
    private static string LinksOf(JsonElement appointment) =>
        $"{(appointment.GetProperty("ticketId").ValueKind == JsonValueKind.Null ? "" : appointment.GetProperty("ticketId").GetInt64())}: " +
        string.Join(' ', appointment.GetProperty("invoiceIds").EnumerateArray().Select(i => i.GetInt64()));

    private static async Task<long> TicketAsync(HttpClient admin, long customer, long assignee)
    {
        var created = await admin.PostAsJsonAsync(
            $"/api/v1/customers/{customer}/notes", new { noteType = "Service", subject = "Zone 3 fault", body = "Back door sensor trips.", ticket = new { assigneeId = assignee } });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task<long> InvoiceAsync(HttpClient admin, long customer)
    {
        var created = await admin.PostAsJsonAsync($"/api/v1/customers/{customer}/invoices", new { });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private async Task<HttpClient> CompanyAsync()
    {
        var tenant = await Fixture.CreateTenantAsync("links-admin-password");
        return await Fixture.SignInAsync(tenant, "admin", "links-admin-password");
    }
}

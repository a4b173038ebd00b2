using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The Scheduler tab: booking with links, a clash booked anyway with a reason, bad fields, status moves, a stale reschedule, a lead.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SchedulerTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AClashIsSaidInWordsAndBookedAnywayWithAReasonThenTheAppointmentIsDispatched()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tess = await ScheduleSteps.TechnicianAsync(api, "tess", "Tess Tech");
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Sam", "Schedule");
        var day = ScheduleSteps.Wednesday();
        var taken = await ScheduleSteps.BookAsync(api, id, tess, ScheduleSteps.Local(day, 10));
        var ticket = await IdOfAsync(api, $"/api/v1/customers/{id}/notes", new { noteType = "Service", subject = "Zone 3 fault", body = "Back door trips.", ticket = new { assigneeId = tess } });
        var invoice = await IdOfAsync(api, $"/api/v1/customers/{id}/invoices", new { });
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/scheduler");
        await Expect(page.Locator("tr[data-appointment-id]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "New appointment" }).ClickAsync();
        await page.GetByLabel("Appointment type").SelectOptionAsync("install");
        await page.GetByLabel("Day").FillAsync(ScheduleSteps.Text(day));
        await page.GetByLabel("Start time").FillAsync("10:30");
        await page.GetByLabel("Duration (minutes)").FillAsync("0");
        await page.GetByLabel("Tess Tech").CheckAsync();
        await page.GetByLabel("Ticket", new() { Exact = true }).SelectOptionAsync(ticket.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#invoice-{invoice}").CheckAsync();
        await Screens.SaveAsync(page, "record-scheduler-links");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        await Expect(page.Locator(".field-error[data-field='durationMinutes']")).ToBeVisibleAsync();

        await page.GetByLabel("Duration (minutes)").FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        await Expect(page.Locator(".clashes li")).ToHaveTextAsync($"Tess Tech is already booked {ScheduleSteps.Shown(day)} 10:00–11:00 (appointment {taken}).");
        await Screens.SaveAsync(page, "record-scheduler-clash");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book anyway" }).ClickAsync();
        await Expect(page.Locator(".field-error[data-field='overrideReason']")).ToHaveTextAsync("Say why it is booked over the clashes.");
        await page.GetByLabel("Reason for booking anyway").FillAsync("Two-person install");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book anyway" }).ClickAsync();

        await Expect(page.Locator("tr[data-appointment-id]")).ToHaveCountAsync(2);
        var booked = long.Parse((await page.Locator("p.ok[role=status]").TextContentAsync())!.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var (stored, _) = await ScheduleSteps.AppointmentAsync(api, booked);
        Assert.Equal((ScheduleSteps.Local(day, 10, 30), ScheduleSteps.Local(day, 11, 30)), (stored.GetProperty("start").GetDateTimeOffset(), stored.GetProperty("end").GetDateTimeOffset()));
        Assert.Equal(("install", "scheduled"), (stored.GetProperty("type").GetString(), stored.GetProperty("status").GetString()));
        Assert.Equal([tess], ScheduleSteps.Technicians(stored));
        Assert.Equal((ticket, invoice), (stored.GetProperty("ticketId").GetInt64(), stored.GetProperty("invoiceIds").EnumerateArray().Single().GetInt64()));
        var row = page.Locator($"tr[data-appointment-id='{booked}']");
        await Expect(row.Locator("td[data-label='When']")).ToHaveTextAsync($"{ScheduleSteps.Shown(day)} 10:30–11:30");
        await Expect(row.Locator("td[data-label='Links'] a")).ToHaveTextAsync([$"Ticket {ticket}", $"Invoice {invoice}"]);

        // Only the moves allowed from "scheduled" are offered; dispatching is stored.
        await Expect(row.Locator(".appointment-actions button")).ToHaveTextAsync(["Dispatch", "Cancel appointment", "No-show", "Reschedule"]);
        await row.GetByRole(AriaRole.Button, new() { Name = $"Dispatch (appointment {booked})" }).ClickAsync();
        await Expect(row.Locator("td[data-label='Status']")).ToHaveTextAsync("dispatched");
        Assert.Equal("dispatched", (await ScheduleSteps.AppointmentAsync(api, booked)).Appointment.GetProperty("status").GetString());
        await Screens.SaveAsync(page, "record-scheduler");

        // The type filter is the API's: the service visit booked at the start, not the install booked here.
        await page.GetByLabel("Show type").SelectOptionAsync("service");
        await Expect(page.Locator("tr[data-appointment-id]")).ToHaveCountAsync(1);
        await Expect(page.Locator($"tr[data-appointment-id='{taken}']")).ToHaveCountAsync(1);
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "record-scheduler-phone");
    }

    [Fact]
    public async Task ARescheduleSavedMeanwhileOffersAReloadKeepingWhatWasTypedAndALeadIsToldToConvertFirst()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tess = await ScheduleSteps.TechnicianAsync(api, "tess", "Tess Tech");
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Rita", "Resched");
        var day = ScheduleSteps.Wednesday();
        var appointment = await ScheduleSteps.BookAsync(api, id, tess, ScheduleSteps.Local(day, 9));
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/scheduler");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Reschedule appointment {appointment}" }).ClickAsync();
        await page.GetByLabel("Start time").FillAsync("14:00");
        await ScheduleSteps.ChangeNotesAsync(api, appointment, "Gate code 4411");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" }).ClickAsync();
        await Expect(page.GetByLabel("Start time")).ToHaveValueAsync("14:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.Locator($"tr[data-appointment-id='{appointment}'] td[data-label='When']")).ToHaveTextAsync($"{ScheduleSteps.Shown(day)} 14:00–15:00");
        Assert.Equal(ScheduleSteps.Local(day, 14), (await ScheduleSteps.AppointmentAsync(api, appointment)).Appointment.GetProperty("start").GetDateTimeOffset());

        var lead = await ConsoleSteps.CreateCustomerAsync(api, "Lee", "Lead", stage: "lead");
        await ConsoleSteps.GoWithinAsync(page, $"/customers/{lead}/scheduler");
        await page.GetByRole(AriaRole.Button, new() { Name = "New appointment" }).ClickAsync();
        await page.GetByLabel("Day").FillAsync(ScheduleSteps.Text(day));
        await page.GetByLabel("Start time").FillAsync("09:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        await Expect(page.Locator(".appointment-form .alert")).ToContainTextAsync($"Customer {lead} is a lead: convert it to a customer first.");
    }

    [Fact]
    public async Task AnAppointmentBookedElsewhereShowsOnTheOpenTabWithItsTechniciansNameForADispatcherWhoMayNotListUsers()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tess = await ScheduleSteps.TechnicianAsync(api, "tess", "Tess Tech");
        var dispatcher = await ScheduleSteps.DispatcherAsync(api);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Wes", "Watched");
        var day = ScheduleSteps.Wednesday();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/scheduler", userName: dispatcher, password: TicketSteps.UserPassword);
        await Expect(page.GetByText("No appointments.")).ToBeVisibleAsync();
        // Booked only once the live connection is up and watching this customer: an event sent before is not for this page.
        await Expect(page.Locator(".bell")).ToHaveAttributeAsync("data-live", "connected");

        var booked = await ScheduleSteps.BookAsync(api, id, tess, ScheduleSteps.Local(day, 8));

        var row = page.Locator($"tr[data-appointment-id='{booked}']");
        await Expect(row.Locator("td[data-label='When']")).ToHaveTextAsync($"{ScheduleSteps.Shown(day)} 08:00–09:00");
        await Expect(row.Locator("td[data-label='Technicians']")).ToHaveTextAsync("Tess Tech");
        // The booking form's picker has the technicians too.
        await page.GetByRole(AriaRole.Button, new() { Name = "New appointment" }).ClickAsync();
        await Expect(page.GetByLabel("Tess Tech")).ToBeVisibleAsync();
    }

    private static async Task<long> IdOfAsync(HttpClient api, string path, object body)
    {
        var response = await api.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt64();
    }
}

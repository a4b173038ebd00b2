using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The schedule board: a block dragged to another technician and hour is moved; a technician sees only their own row.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DispatchBoardTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task DraggingABlockToAnotherTechniciansHourMovesTheAppointment()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tess = await ScheduleSteps.TechnicianAsync(api, "tess", "Tess Tech");
        var ray = await ScheduleSteps.TechnicianAsync(api, "ray", "Ray Router");
        var customer = await ConsoleSteps.CreateCustomerAsync(api, "Dana", "Drag");
        var day = ScheduleSteps.Wednesday();
        var appointment = await ScheduleSteps.BookAsync(api, customer, tess, ScheduleSteps.Local(day, 9, 15));
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/schedule?date={ScheduleSteps.Text(day)}");
        var block = page.Locator($"section[data-technician-id='{tess}'] .board-block[data-appointment-id='{appointment}']");
        await Expect(block).ToContainTextAsync("Dana Drag");
        await Expect(page.Locator("section.board-row")).ToHaveCountAsync(2);
        await Screens.SaveAsync(page, "schedule-board");

        await block.DragToAsync(page.Locator($"section[data-technician-id='{ray}'] .board-slot[data-hour='13']"));

        await Expect(page.Locator($"section[data-technician-id='{ray}'] .board-block[data-appointment-id='{appointment}']")).ToContainTextAsync("13:15–14:15");
        var (moved, _) = await ScheduleSteps.AppointmentAsync(api, appointment);
        Assert.Equal(ScheduleSteps.Local(day, 13, 15), moved.GetProperty("start").GetDateTimeOffset());
        Assert.Equal([ray], ScheduleSteps.Technicians(moved));
        await Expect(page.Locator($"section[data-technician-id='{tess}'] .board-block")).ToHaveCountAsync(0);

        // The day is in the address: the next day's link shows another (empty) day, and Back comes here again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Next day" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"date={ScheduleSteps.Text(day.AddDays(1))}$"));
        await Expect(page.Locator(".board-block")).ToHaveCountAsync(0);
        await page.GoBackAsync();
        await Expect(page.Locator($".board-block[data-appointment-id='{appointment}']")).ToHaveCountAsync(1);
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "schedule-board-phone");
    }

    [Fact]
    public async Task ATechnicianWhoSeesOnlyTheirOwnScheduleSeesOnlyTheirOwnRow()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tess = await ScheduleSteps.TechnicianAsync(api, "tess", "Tess Tech");
        var ray = await ScheduleSteps.TechnicianAsync(api, "ray", "Ray Router");
        var customer = await ConsoleSteps.CreateCustomerAsync(api, "Owen", "Own");
        var day = ScheduleSteps.Wednesday();
        var mine = await ScheduleSteps.BookAsync(api, customer, tess, ScheduleSteps.Local(day, 8));
        await ScheduleSteps.BookAsync(api, customer, ray, ScheduleSteps.Local(day, 8));

        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/schedule?date={ScheduleSteps.Text(day)}", userName: "tess", password: TicketSteps.UserPassword);

        await Expect(page.Locator(".board-block")).ToHaveCountAsync(1);
        await Expect(page.Locator("section.board-row")).ToHaveCountAsync(1);
        await Expect(page.Locator("section.board-row")).ToHaveAttributeAsync("aria-label", "Tess Tech");
        await Expect(page.Locator($".board-block[data-appointment-id='{mine}']")).ToHaveAttributeAsync("draggable", "false");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Move appointment {mine}" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ADispatcherWhoMayNotListUsersSeesEveryTechnicianAndAssignsAnUnassignedAppointmentByDraggingIt()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tess = await ScheduleSteps.TechnicianAsync(api, "tess", "Tess Tech");
        var ray = await ScheduleSteps.TechnicianAsync(api, "ray", "Ray Router");
        var dispatcher = await ScheduleSteps.DispatcherAsync(api);
        var customer = await ConsoleSteps.CreateCustomerAsync(api, "Una", "Assigned");
        var day = ScheduleSteps.Wednesday();
        await ScheduleSteps.BookAsync(api, customer, tess, ScheduleSteps.Local(day, 9));
        var loose = await ScheduleSteps.BookUnassignedAsync(api, customer, ScheduleSteps.Local(day, 11, 30));
        // Unassigned on another day: the strip follows the day shown.
        var otherDay = await ScheduleSteps.BookUnassignedAsync(api, customer, ScheduleSteps.Local(day.AddDays(1), 11));

        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/schedule?date={ScheduleSteps.Text(day)}", userName: dispatcher, password: TicketSteps.UserPassword);

        // The rows are the company day's technicians, by name, though this user may not list users.
        await Expect(page.Locator("section.board-row")).ToHaveCountAsync(2);
        Assert.Equal(["Ray Router", "Tess Tech"], await page.Locator("section.board-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.getAttribute('aria-label'))"));
        await Expect(page.Locator("p.status[role=status]").First).ToContainTextAsync("times in America/Denver");
        var strip = page.GetByRole(AriaRole.Region, new() { Name = "Unassigned" });
        await Expect(strip.Locator(".board-block")).ToHaveCountAsync(1);
        await Expect(strip.Locator($".board-block[data-appointment-id='{loose}']")).ToContainTextAsync("11:30–12:30");
        await Screens.SaveAsync(page, "schedule-board-unassigned");

        await strip.Locator($".board-block[data-appointment-id='{loose}']").DragToAsync(page.Locator($"section[data-technician-id='{ray}'] .board-slot[data-hour='14']"));

        await Expect(page.Locator($"section[data-technician-id='{ray}'] .board-block[data-appointment-id='{loose}']")).ToContainTextAsync("14:30–15:30");
        await Expect(strip.Locator(".board-block")).ToHaveCountAsync(0);
        var (assigned, _) = await ScheduleSteps.AppointmentAsync(api, loose);
        Assert.Equal(ScheduleSteps.Local(day, 14, 30), assigned.GetProperty("start").GetDateTimeOffset());
        Assert.Equal([ray], ScheduleSteps.Technicians(assigned));
        Assert.Empty(ScheduleSteps.Technicians((await ScheduleSteps.AppointmentAsync(api, otherDay)).Appointment));
    }

    [Fact]
    public async Task ATechniciansBoardShowsAnAppointmentSomeoneElseAssignsThemWithoutAReload()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tess = await ScheduleSteps.TechnicianAsync(api, "tess", "Tess Tech");
        var customer = await ConsoleSteps.CreateCustomerAsync(api, "Lee", "Live");
        var day = ScheduleSteps.Wednesday();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/schedule?date={ScheduleSteps.Text(day)}", userName: "tess", password: TicketSteps.UserPassword);
        await Expect(page.Locator("section.board-row")).ToHaveAttributeAsync("aria-label", "Tess Tech");
        await Expect(page.Locator(".board-block")).ToHaveCountAsync(0);
        // Booked only once the live connection is up: a notification sent before it reaches the inbox, not this page.
        await Expect(page.Locator(".bell")).ToHaveAttributeAsync("data-live", "connected");

        var booked = await ScheduleSteps.BookAsync(api, customer, tess, ScheduleSteps.Local(day, 10));

        await Expect(page.Locator($"section[data-technician-id='{tess}'] .board-block[data-appointment-id='{booked}']")).ToContainTextAsync("10:00–11:00");
    }
}

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
}

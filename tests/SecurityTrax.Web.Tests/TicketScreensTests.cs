using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class TicketScreensTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task MyTicketsListsOnlyTheOpenTicketsAssignedToMe()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var (tessId, otisId) = await TicketSteps.AddTessAndOtisAsync(api);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Mia", "Mine");
        var first = await TicketSteps.OpenTicketAsync(api, id, "Replace the battery", tessId);
        await TicketSteps.OpenTicketAsync(api, id, "Call the monitoring center", otisId);
        var second = await TicketSteps.OpenTicketAsync(api, id, "Move the motion sensor", tessId, priority: "urgent", due: "2026-12-31");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/customers", userName: "tess", password: TicketSteps.UserPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "My tickets" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My tickets" })).ToBeVisibleAsync();
        var rows = page.Locator("table.tickets tbody tr");
        await Expect(rows.Locator(".ticket-subject")).ToHaveTextAsync(["Move the motion sensor", "Replace the battery"]);
        await Expect(rows.First.Locator("td")).ToHaveTextAsync([$"#{second}", "Mia Mine", "Move the motion sensor", "open", "urgent", "Tess Tech", "2026-12-31"]);
        await Screens.SaveAsync(page, "my-tickets");

        await page.GetByRole(AriaRole.Link, new() { Name = "Mia Mine" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/customers/{id}/notes$"));
        await Expect(page.Locator($"tr[data-note-id='{first}'] .note-subject")).ToHaveTextAsync("Replace the battery");
    }

    [Fact]
    public async Task TheQueueFiltersByStatusAssigneeAndPriorityAndTheFilterIsTheAddress()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var (tessId, otisId) = await TicketSteps.AddTessAndOtisAsync(api);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Quinn", "Queue");
        await TicketSteps.OpenTicketAsync(api, id, "Low battery", tessId, priority: "low");
        await TicketSteps.OpenTicketAsync(api, id, "Siren dead", otisId, priority: "urgent");
        var closed = await TicketSteps.OpenTicketAsync(api, id, "Old work order", tessId, priority: "urgent");
        var (_, etag) = await TicketSteps.NoteAsync(api, closed);
        using (var close = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notes/{closed}/status") { Content = System.Net.Http.Json.JsonContent.Create(new { status = "closed" }) })
        {
            close.Headers.TryAddWithoutValidation("If-Match", etag);
            (await api.SendAsync(close)).EnsureSuccessStatusCode();
        }

        var page = await SignedInPages.OpenAsync(system, chromium, tenant, "/tickets");
        var subjects = page.Locator("table.tickets tbody tr .ticket-subject");
        // The queue opens on what is still to do: the closed ticket is not in it.
        await Expect(subjects).ToHaveTextAsync(["Siren dead", "Low battery"]);

        await page.GetByLabel("Priority").SelectOptionAsync("urgent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(subjects).ToHaveTextAsync(["Siren dead"]);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/tickets\?status=open%2Cin_progress&priority=urgent$"));

        await page.GetByLabel("Status").SelectOptionAsync("any");
        await page.GetByLabel("Assignee").SelectOptionAsync(tessId.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(subjects).ToHaveTextAsync(["Old work order"]);
        await Expect(page.Locator($"tr[data-note-id='{closed}'] td").Nth(3)).ToHaveTextAsync("closed");
        await Screens.SaveAsync(page, "ticket-queue");

        // Back walks the filters; a reload of a filtered address shows the same tickets.
        await page.GoBackAsync();
        await Expect(subjects).ToHaveTextAsync(["Siren dead"]);
        await Expect(page.GetByLabel("Priority")).ToHaveValueAsync("urgent");
        await page.ReloadAsync();
        await Expect(subjects).ToHaveTextAsync(["Siren dead"]);
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class NotesTabTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ANoteAndThenATicketAreListedNewestFirstAndARefusedNoteSaysWhyNextToItsField()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var techId = await TicketSteps.CreateUserAsync(api, "tess", "Tess Tech");
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Nora", "Notes");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/notes");
        await Expect(page.GetByText("No notes yet.")).ToBeVisibleAsync();

        // No note type: the API's reason is shown next to the type, and nothing is stored.
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Called about the keypad.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.Locator(".field-error[data-field='noteType']")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Note type")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Empty(await TicketSteps.NotesAsync(api, id));

        await page.GetByLabel("Note type").SelectOptionAsync("General");
        await page.GetByLabel("Subject").FillAsync("Keypad call");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.Locator("table.notes tbody tr")).ToHaveCountAsync(1);

        await page.GetByLabel("Note type").SelectOptionAsync("Service");
        await page.GetByLabel("Subject").FillAsync("Replace the siren");
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Siren is weak.");
        await page.GetByLabel("Open a ticket for it").CheckAsync();
        await page.GetByLabel("Assign to").SelectOptionAsync(techId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Due").FillAsync("2026-12-24");
        await page.GetByLabel("Priority").SelectOptionAsync("high");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open ticket" }).ClickAsync();

        var rows = page.Locator("table.notes tbody tr");
        await Expect(rows.Locator(".note-subject")).ToHaveTextAsync(["Replace the siren", "Keypad call"]);
        await Expect(rows.First.Locator(".note-ticket")).ToHaveTextAsync("open · high · Tess Tech · due 2026-12-24");
        await Expect(rows.Nth(1).Locator(".note-ticket")).ToHaveTextAsync("");
        await Screens.SaveAsync(page, "record-notes");
        var stored = await TicketSteps.NotesAsync(api, id);
        Assert.Equal(["Replace the siren", "Keypad call"], stored.Select(n => n.GetProperty("subject").GetString()));
        Assert.Equal(techId, stored[0].GetProperty("assigneeId").GetInt64());
        Assert.Equal("high", stored[0].GetProperty("priority").GetString());
        Assert.Equal("2026-12-24", stored[0].GetProperty("due").GetString());
        Assert.Equal("Called about the keypad.", (await TicketSteps.NoteAsync(api, stored[1].GetProperty("id").GetInt64())).Note.GetProperty("body").GetString());
    }

    [Fact]
    public async Task ATicketsStatusAndAssigneeChangeWithIfMatchAndAChangeMadeMeanwhileOffersReloadKeepingWhatWasChosen()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var (tessId, otisId) = await TicketSteps.AddTessAndOtisAsync(api);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Tia", "Ticket");
        var ticket = await TicketSteps.OpenTicketAsync(api, id, "Battery low", tessId);
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/notes");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Change ticket {ticket}" }).ClickAsync();
        await Expect(page.GetByLabel("Status")).ToHaveValueAsync("open");
        await page.GetByLabel("Status").SelectOptionAsync("in_progress");
        await page.GetByLabel("Assign to").SelectOptionAsync(otisId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Someone else sets a due day after the form was read: the save is refused (412) and nothing of it is stored.
        await TicketSteps.ChangeDueAsync(api, ticket, tessId, "2027-01-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save ticket" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" })).ToBeVisibleAsync();
        var (unchanged, _) = await TicketSteps.NoteAsync(api, ticket);
        Assert.Equal("open", unchanged.GetProperty("ticket").GetProperty("status").GetString());
        Assert.Equal(tessId, unchanged.GetProperty("ticket").GetProperty("assigneeId").GetInt64());

        await page.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" }).ClickAsync();
        await Expect(page.GetByLabel("Status")).ToHaveValueAsync("in_progress");
        await Expect(page.GetByLabel("Due", new() { Exact = true })).ToHaveValueAsync("");
        await page.GetByLabel("Due", new() { Exact = true }).FillAsync("2027-01-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save ticket" }).ClickAsync();

        await Expect(page.Locator($"tr[data-note-id='{ticket}'] .note-ticket")).ToHaveTextAsync("in progress · normal · Otis Office · due 2027-01-15");
        var (saved, _) = await TicketSteps.NoteAsync(api, ticket);
        Assert.Equal("in_progress", saved.GetProperty("ticket").GetProperty("status").GetString());
        Assert.Equal(otisId, saved.GetProperty("ticket").GetProperty("assigneeId").GetInt64());
        Assert.Equal("2027-01-15", saved.GetProperty("ticket").GetProperty("due").GetString());
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>A note opened from Notes & Tickets: a ticket's comments, editing and deleting, note ↔ ticket; the inbox's read mark.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class NotePanelTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ATicketShowsItsCommentsTakesANewOneThatTheAssigneeIsToldOfAndTurnsIntoANoteAndBack()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tessId = await TicketSteps.CreateUserAsync(api, "tess", "Tess Tech");
        using var tessApi = await NoteSteps.UserApiAsync(system, tenant, "tess");
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Cora", "Comments");
        var ticket = await TicketSteps.OpenTicketAsync(api, id, "Siren weak", tessId, priority: "high");
        await NoteSteps.CommentAsync(tessApi, ticket, "Ordered a new siren.");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/notes");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Open note {ticket}" }).ClickAsync();
        var comments = page.Locator(".comment-list li");
        await Expect(comments.Locator(".comment-body")).ToHaveTextAsync(["Ordered a new siren."]);
        await Expect(comments.Locator(".comment-author")).ToHaveTextAsync(["tess"]);
        await page.GetByLabel("Comment", new() { Exact = true }).FillAsync("Customer is home after 3 pm.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();

        await Expect(comments.Locator(".comment-body")).ToHaveTextAsync(["Ordered a new siren.", "Customer is home after 3 pm."]);
        await Expect(page.GetByLabel("Comment", new() { Exact = true })).ToHaveValueAsync("");
        await Screens.SaveAsync(page, "record-ticket-comments");
        var (stored, _) = await TicketSteps.NoteAsync(api, ticket);
        Assert.Equal(
            ["Ordered a new siren.", "Customer is home after 3 pm."],
            stored.GetProperty("ticket").GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("body").GetString()));
        var told = (await tessApi.GetFromJsonAsync<JsonElement[]>("/api/v1/me/notifications?after=0"))!;
        Assert.Equal("Customer is home after 3 pm.", told.Single(n => n.GetProperty("kind").GetString() == "ticket.commented").GetProperty("body").GetString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Make it a note again" }).ClickAsync();
        var row = page.Locator($"tr[data-note-id='{ticket}']");
        await Expect(row.Locator(".note-ticket")).ToHaveTextAsync("");
        await Expect(page.Locator(".note-panel h3")).ToHaveTextAsync($"Note #{ticket}: Siren weak");
        Assert.False((await TicketSteps.NoteAsync(api, ticket)).Note.GetProperty("isTicket").GetBoolean());

        await page.GetByRole(AriaRole.Button, new() { Name = "Make it a ticket" }).ClickAsync();
        await page.GetByLabel("Assign to").SelectOptionAsync(tessId.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Priority").SelectOptionAsync("urgent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make ticket" }).ClickAsync();

        await Expect(row.Locator(".note-ticket")).ToHaveTextAsync("open · urgent · Tess Tech");
        var (again, _) = await TicketSteps.NoteAsync(api, ticket);
        Assert.Equal((tessId, "urgent", "open"), (
            again.GetProperty("ticket").GetProperty("assigneeId").GetInt64(),
            again.GetProperty("ticket").GetProperty("priority").GetString(),
            again.GetProperty("ticket").GetProperty("status").GetString()));
    }

    [Fact]
    public async Task ANoteEditedMeanwhileOffersAReloadKeepingWhatWasTypedAndIsDeletedOnlyAfterConfirmingOnAPhone()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Ed", "Edits");
        var note = await NoteSteps.AddNoteAsync(api, id, "Gate code", "Gate code is 4411.");
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/notes", width: 390, height: 844);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Open note {note}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit note" }).ClickAsync();
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Gate code is 9920 since May.");
        await NoteSteps.EditBodyAsync(api, note, "Gate code is 4412.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" })).ToBeVisibleAsync();
        Assert.Equal("Gate code is 4412.", (await TicketSteps.NoteAsync(api, note)).Note.GetProperty("body").GetString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Reload, keep my changes" }).ClickAsync();
        await Expect(page.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync("Gate code is 9920 since May.");
        await page.GetByLabel("Subject").FillAsync("Gate code (new)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await Expect(page.Locator(".note-panel .note-body")).ToHaveTextAsync("Gate code is 9920 since May.");
        await Expect(page.Locator($"tr[data-note-id='{note}'] .note-subject")).ToHaveTextAsync("Gate code (new)");
        var (saved, _) = await TicketSteps.NoteAsync(api, note);
        Assert.Equal(("Gate code (new)", "Gate code is 9920 since May."), (saved.GetProperty("subject").GetString(), saved.GetProperty("body").GetString()));
        await ConsoleSteps.ExpectFitsAPhoneAsync(page, "record-note-phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/notes/{note}")).StatusCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete it" }).ClickAsync();

        await Expect(page.GetByText("No notes yet.")).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/notes/{note}")).StatusCode);
    }

    [Fact]
    public async Task ReadingTheInboxInOneBrowserClearsItsCountInAnotherBrowserOfTheSameUser()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        await TicketSteps.CreateUserAsync(api, "tess", "Tess Tech");
        var office = await chromium.NewPageAsync(system.BaseAddress);
        var home = await chromium.NewPageAsync(system.BaseAddress);
        foreach (var page in new[] { office, home })
        {
            await SignedInPages.SignInAtAsync(page, system, tenant, "/customers", userName: "tess", password: TicketSteps.UserPassword);
            await Expect(page.Locator(".bell")).ToHaveAttributeAsync("data-live", "connected");
            // The welcome of a new user.
            await Expect(page.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 1 unread");
        }

        await office.Locator(".bell > button").ClickAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Mark all read" }).ClickAsync();
        await Expect(office.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 0 unread");

        // Opening the bell reads the mark again; a reload starts from it.
        await home.Locator(".bell > button").ClickAsync();
        await Expect(home.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 0 unread");
        await Expect(home.Locator("#inbox-panel li.unread")).ToHaveCountAsync(0);
        await home.ReloadAsync();
        await Expect(home.Locator(".bell")).ToHaveAttributeAsync("data-live", "connected");
        await Expect(home.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 0 unread");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class NotesAndTicketsTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Fact]
    public async Task ANewNoteTypeAnswers201AndAKnownOne200()
    {
        var name = GatewayFixture.NewName("Type ");

        var created = await Admin.PostAsJsonAsync("/api/v1/note-types", new { name });
        var again = await Admin.PostAsJsonAsync("/api/v1/note-types", new { name = name.ToUpperInvariant() });

        Assert.Equal((HttpStatusCode.Created, "/api/v1/note-types"), (created.StatusCode, created.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<string[]>())!.Count(t => t == name));
    }

    [Fact]
    public async Task NotesAreListedNewestFirstAndEditableByTheirAuthor()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Kim", "Noh"));
        var role = GatewayFixture.NewName("Writer");
        await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "notes.view", "notes.create", "customers.view" } });
        var (writer, writerId) = await UserAsync(role);
        var (other, _) = await UserAsync(role);
        var first = await writer.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "service", body = "Replaced the panel battery." });
        var second = await writer.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", subject = "Gate code", body = "Gate code is 4411." });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var note = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Service", note.GetProperty("noteType").GetString());
        Assert.Equal(writerId, note.GetProperty("authorId").GetInt64());

        var list = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/notes");
        Assert.Equal(["Gate code", "Replaced the panel battery."], list.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("subject").GetString()!));

        var path = $"/api/v1/notes/{note.GetProperty("id").GetInt64()}";
        var byOther = await SendAsync(other, HttpMethod.Put, path, first.Headers.ETag!.Tag, new { noteType = "Service", body = "Vandalised" });
        var byAuthor = await SendAsync(writer, HttpMethod.Put, path, first.Headers.ETag!.Tag, new { noteType = "Service", body = "Replaced the panel battery and the siren." });
        var byAdmin = await SendAsync(Admin, HttpMethod.Put, path, byAuthor.Headers.ETag!.Tag, new { noteType = "Billing", body = "Billed the battery." });

        await Problems.AssertAsync(byOther, HttpStatusCode.Forbidden, "urn:securitytrax:problem:forbidden");
        Assert.Equal(HttpStatusCode.OK, byAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        Assert.Equal("Billed the battery.", (await Admin.GetFromJsonAsync<JsonElement>(path)).GetProperty("body").GetString());
        _ = second;
    }

    [Fact]
    public async Task BadNoteInputIsRefusedByFieldAndNothingIsStored()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Lu", "Om"));

        var empty = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "  " });
        var type = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "Gossip", body = "x" });
        var due = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "x", ticket = new { assigneeId = 1, due = "2026-13-45" } });
        var assignee = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "x", ticket = new { assigneeId = 99999 } });
        var customerMissing = await Admin.PostAsJsonAsync("/api/v1/customers/999999/notes", new { noteType = "General", body = "x" });

        Assert.True((await Problems.AssertAsync(empty, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("body", out _));
        Assert.True((await Problems.AssertAsync(type, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("noteType", out _));
        Assert.True((await Problems.AssertAsync(due, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("ticket.due", out _));
        Assert.True((await Problems.AssertAsync(assignee, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")).TryGetProperty("ticket.assigneeId", out _));
        await Problems.AssertAsync(customerMissing, HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/notes")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task TicketLifecycleIsInTheCustomersHistoryAndTheQueues()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Mia", "Ro"));
        var (tech, techId) = await UserAsync("Technician");
        var (_, otherId) = await UserAsync("Technician");
        var created = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes",
            new { noteType = "Service", subject = "Zone 3 fault", body = "Back door sensor trips.", ticket = new { assigneeId = techId, due = "2026-12-01", priority = "high" } });
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = ticket.GetProperty("id").GetInt64();
        Assert.Equal("open", ticket.GetProperty("ticket").GetProperty("status").GetString());

        var mine = await tech.GetFromJsonAsync<JsonElement>("/api/v1/me/tickets");
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetInt64() == id);

        var progress = await SendAsync(tech, HttpMethod.Post, $"/api/v1/notes/{id}/status", created.Headers.ETag!.Tag, new { status = "in_progress" });
        var reassigned = await SendAsync(Admin, HttpMethod.Put, $"/api/v1/notes/{id}/ticket", progress.Headers.ETag!.Tag, new { assigneeId = otherId, priority = "urgent" });
        var closed = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/notes/{id}/status", reassigned.Headers.ETag!.Tag, new { status = "closed" });
        var reopened = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/notes/{id}/status", closed.Headers.ETag!.Tag, new { status = "open" });
        var asNote = await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/notes/{id}/ticket", reopened.Headers.ETag!.Tag);
        Assert.All(new[] { progress, reassigned, closed, reopened, asNote }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.False((await asNote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isTicket").GetBoolean());

        var history = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?limit=200")).GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("entityId").ValueKind == JsonValueKind.Number && r.GetProperty("entityId").GetInt64() == id)
            .Select(r => (r.GetProperty("action").GetString(), r.GetProperty("field").GetString(), r.GetProperty("oldValue").GetString(), r.GetProperty("newValue").GetString()))
            .ToList();
        Assert.Contains(("status_changed", "status", "open", "in_progress"), history);
        Assert.Contains(("reassigned", "priority", "high", "urgent"), history);
        Assert.Contains(("closed", "status", "in_progress", "closed"), history);
        Assert.Contains(("reopened", "status", "closed", "open"), history);
        Assert.Contains(history, h => h.Item1 == "made_note" && h.Item2 == "assignee");
    }

    [Fact]
    public async Task QueueFiltersByStatusAssigneePriorityTypeCustomerAndDates()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Ned", "Su"));
        var (_, a) = await UserAsync("Technician");
        var (_, b) = await UserAsync("Technician");
        var urgent = await NewTicketAsync(customer, a, "urgent", "2026-12-01", "Billing");
        var low = await NewTicketAsync(customer, b, "low", "2027-01-15", "Service");

        Assert.Equal([urgent], await QueueAsync($"assignee={a}"));
        Assert.Equal([urgent], await QueueAsync($"customer={customer}&priority=urgent"));
        Assert.Equal([low], await QueueAsync($"customer={customer}&type=service"));
        Assert.Equal([low], await QueueAsync($"customer={customer}&dueFrom=2027-01-01&dueTo=2027-02-01"));
        Assert.Equal([low, urgent], await QueueAsync($"customer={customer}&status=open,in_progress"));
        Assert.Empty(await QueueAsync($"customer={customer}&status=closed"));
        Assert.Empty(await QueueAsync($"customer={customer}&createdFrom={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/api/v1/tickets?status=done")).StatusCode);
    }

    [Fact]
    public async Task TicketsNeedTheirOwnGrants()
    {
        var (customer, _, _) = await CreateAsync(Admin, Person("Ola", "Ty"));
        var role = GatewayFixture.NewName("NotesOnly");
        await Admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "notes.view", "notes.create", "customers.view" } });
        var name = GatewayFixture.NewName("n");
        await Fixture.CreateUserAsync(Admin, name, role);
        using var notesOnly = await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password");

        var note = await notesOnly.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "ok" });
        var ticket = await notesOnly.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "x", ticket = new { assigneeId = 1 } });

        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ticket.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await notesOnly.GetAsync("/api/v1/tickets")).StatusCode);
    }

    private async Task<long> NewTicketAsync(long customer, long assignee, string priority, string due, string type)
    {
        var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes",
            new { noteType = type, body = $"{priority} work", ticket = new { assigneeId = assignee, priority, due } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private async Task<List<long>> QueueAsync(string query) =>
        [.. (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tickets?{query}")).GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetInt64())];

    private async Task<(HttpClient Client, long Id)> UserAsync(string role)
    {
        var name = GatewayFixture.NewName("u");
        var id = await Fixture.CreateUserAsync(Admin, name, role);
        return (await Fixture.SignInAsync(GatewayFixture.Tenant, name, "a-good-password"), id);
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Web.Tests;

/// <summary>API calls that arrange users and tickets for the Notes & Tickets, ticket screens and live tests.</summary>
public static class TicketSteps
{
    public const string UserPassword = "a-good-password";

    public static async Task<long> CreateUserAsync(HttpClient admin, string userName, string displayName, string role = "Technician")
    {
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName, role, password = UserPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task<long> OpenTicketAsync(HttpClient api, long customer, string subject, long assigneeId, string priority = "normal", string? due = null)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/customers/{customer}/notes",
            new { noteType = "Service", subject, body = subject + ".", ticket = new { assigneeId, priority, due } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task<JsonElement[]> NotesAsync(HttpClient api, long customer) =>
        [.. (await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/notes")).GetProperty("items").EnumerateArray()];

    public static async Task<(JsonElement Note, string ETag)> NoteAsync(HttpClient api, long noteId)
    {
        var response = await api.GetAsync($"/api/v1/notes/{noteId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }

    /// <summary>Someone else's change to a ticket (a new due day), so a screen that read it earlier holds a stale ETag.</summary>
    public static async Task ChangeDueAsync(HttpClient api, long noteId, long assigneeId, string due)
    {
        var (_, etag) = await NoteAsync(api, noteId);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/notes/{noteId}/ticket") { Content = JsonContent.Create(new { assigneeId, due }) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        (await api.SendAsync(put)).EnsureSuccessStatusCode();
    }

    /// <summary>The two users the ticket tests assign to: Tess, a technician, and Otis, of the office.</summary>
    public static async Task<(long Tess, long Otis)> AddTessAndOtisAsync(HttpClient admin) =>
        (await CreateUserAsync(admin, "tess", "Tess Tech"), await CreateUserAsync(admin, "otis", "Otis Office", role: "Office"));
}

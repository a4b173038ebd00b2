using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Web.Tests;

/// <summary>API calls that arrange notes, comments and users' own API clients for the opened-note and inbox tests.</summary>
public static class NoteSteps
{
    public static async Task<long> AddNoteAsync(HttpClient api, long customer, string subject, string body)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", subject, body });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task CommentAsync(HttpClient api, long noteId, string body)
    {
        var (_, etag) = await TicketSteps.NoteAsync(api, noteId);
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notes/{noteId}/comments") { Content = JsonContent.Create(new { body }) };
        post.Headers.TryAddWithoutValidation("If-Match", etag);
        (await api.SendAsync(post)).EnsureSuccessStatusCode();
    }

    /// <summary>Someone else's edit of a note's text, so a screen that read the note earlier holds a stale ETag.</summary>
    public static async Task EditBodyAsync(HttpClient api, long noteId, string body)
    {
        var (note, etag) = await TicketSteps.NoteAsync(api, noteId);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/notes/{noteId}")
        {
            Content = JsonContent.Create(new { noteType = note.GetProperty("noteType").GetString(), subject = note.GetProperty("subject").GetString(), body }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        (await api.SendAsync(put)).EnsureSuccessStatusCode();
    }

    /// <summary>An API client signed in as a user of the tenant other than its admin.</summary>
    public static async Task<HttpClient> UserApiAsync(ConsoleSystem system, string tenant, string userName)
    {
        var response = await system.Http.PostAsJsonAsync("/api/v1/auth/token", new { tenant, userName, password = TicketSteps.UserPassword });
        response.EnsureSuccessStatusCode();
        var client = new HttpClient { BaseAddress = system.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Web.Tests;

/// <summary>Technicians and appointments for the Scheduler tab and board tests, arranged through the API; times in the company's zone (America/Denver).</summary>
public static class ScheduleSteps
{
    public static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    /// <summary>A Wednesday three weeks ahead or more: in the future, and away from any DST change's week.</summary>
    public static DateOnly Wednesday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return today.AddDays(((int)DayOfWeek.Wednesday - (int)today.DayOfWeek + 7) % 7 + 21);
    }

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day as the console shows it before a time: "Wed 2026-03-04".</summary>
    public static string Shown(DateOnly day) => day.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The instant Denver's wall clock shows <paramref name="hour"/>:<paramref name="minute"/> on <paramref name="day"/>.</summary>
    public static DateTimeOffset Local(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Denver.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>A new user of the Technician role (schedule.view_own) made a technician, with no working hours (bookable any time).</summary>
    public static async Task<long> TechnicianAsync(HttpClient admin, string userName, string displayName)
    {
        var userId = await TicketSteps.CreateUserAsync(admin, userName, displayName);
        (await admin.PostAsJsonAsync("/api/v1/technicians", new { userId })).EnsureSuccessStatusCode();
        return userId;
    }

    public static async Task<long> BookAsync(HttpClient admin, long customer, long technician, DateTimeOffset start, int minutes = 60, string type = "service")
    {
        var response = await admin.PostAsJsonAsync($"/api/v1/customers/{customer}/appointments",
            new { type, start, durationMinutes = minutes, technicianIds = new[] { technician } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task<(JsonElement Appointment, string ETag)> AppointmentAsync(HttpClient api, long appointment)
    {
        var response = await api.GetAsync($"/api/v1/appointments/{appointment}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }

    /// <summary>Someone else's change (new notes, same time), so a screen that read the appointment earlier holds a stale ETag.</summary>
    public static async Task ChangeNotesAsync(HttpClient api, long appointment, string notes)
    {
        var (current, etag) = await AppointmentAsync(api, appointment);
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/appointments/{appointment}/reschedule")
        {
            Content = JsonContent.Create(new
            {
                type = current.GetProperty("type").GetString(),
                start = current.GetProperty("start").GetDateTimeOffset(),
                durationMinutes = (int)(current.GetProperty("end").GetDateTimeOffset() - current.GetProperty("start").GetDateTimeOffset()).TotalMinutes,
                technicianIds = current.GetProperty("technicianIds").EnumerateArray().Select(t => t.GetInt64()).ToArray(),
                notes,
            }),
        };
        post.Headers.TryAddWithoutValidation("If-Match", etag);
        (await api.SendAsync(post)).EnsureSuccessStatusCode();
    }

    public static long[] Technicians(JsonElement appointment) => [.. appointment.GetProperty("technicianIds").EnumerateArray().Select(t => t.GetInt64())];

    /// <summary>An appointment with no technician (it shows on the board's Unassigned strip).</summary>
    public static async Task<long> BookUnassignedAsync(HttpClient admin, long customer, DateTimeOffset start, int minutes = 60)
    {
        var response = await admin.PostAsJsonAsync($"/api/v1/customers/{customer}/appointments",
            new { type = "install", start, durationMinutes = minutes, technicianIds = Array.Empty<long>() });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>
    /// A dispatcher who is no technician and may not list users: a role of the schedule grants and customers.view only,
    /// so the console's technician names must come from the schedule itself. Signs in with <see cref="TicketSteps.UserPassword"/>.
    /// </summary>
    public static async Task<string> DispatcherAsync(HttpClient admin, string userName = "dina")
    {
        var grants = new[] { "customers.view", "schedule.view", "schedule.create", "schedule.modify" };
        (await admin.PostAsJsonAsync("/api/v1/roles", new { name = "Dispatcher", grants })).EnsureSuccessStatusCode();
        await TicketSteps.CreateUserAsync(admin, userName, "Dina Dispatch", role: "Dispatcher");
        return userName;
    }
}

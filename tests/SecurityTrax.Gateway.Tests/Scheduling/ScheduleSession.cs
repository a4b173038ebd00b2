using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

/// <summary>Scheduling tests: fresh technicians and customers per test, and times in the company's zone (America/Denver).</summary>
public abstract class ScheduleSession(GatewayFixture fixture) : AdminSession(fixture)
{
    protected static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    /// <summary>A Wednesday three to four weeks ahead: in the future, and far from any DST change's week.</summary>
    protected static DateOnly Wednesday(int weeksAhead = 3)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var wednesday = today.AddDays(((int)DayOfWeek.Wednesday - (int)today.DayOfWeek + 7) % 7);
        return wednesday.AddDays(7 * weeksAhead);
    }

    /// <summary>The instant Denver's wall clock shows <paramref name="hour"/>:<paramref name="minute"/> on <paramref name="day"/>.</summary>
    protected static DateTimeOffset Local(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Denver.GetUtcOffset(local)).ToUniversalTime();
    }

    protected static object Booking(long technician, DateTimeOffset start, int minutes = 60, string type = "service", string? overrideReason = null) =>
        new { type, start, durationMinutes = minutes, technicianIds = new[] { technician }, overrideReason };

    protected async Task<long> TechnicianAsync(HttpClient admin, object? workingHours = null)
    {
        var userId = await Fixture.CreateUserAsync(admin, GatewayFixture.NewName("tech"), "Technician");
        var response = await admin.PostAsJsonAsync("/api/v1/technicians", new { userId, skills = new[] { "Panels" }, workingHours });
        response.EnsureSuccessStatusCode();
        return userId;
    }

    /// <summary>A converted customer (appointments are not booked on leads).</summary>
    protected static async Task<long> CustomerAsync(HttpClient admin)
    {
        var (id, _, etag) = await CreateAsync(admin, Person("Sam", GatewayFixture.NewName("Ap")));
        (await SendAsync(admin, HttpMethod.Post, $"/api/v1/customers/{id}/convert", etag)).EnsureSuccessStatusCode();
        return id;
    }

    protected static Task<HttpResponseMessage> BookAsync(HttpClient client, long customer, object body) =>
        client.PostAsJsonAsync($"/api/v1/customers/{customer}/appointments", body);

    protected static async Task<(long Id, string ETag)> BookedAsync(HttpClient client, long customer, object body)
    {
        var response = await BookAsync(client, customer, body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64(), response.Headers.ETag!.Tag);
    }

    /// <summary>Asserts a 409 problem and answers its whole body (its <c>detail</c>, its <c>clashes</c>).</summary>
    protected static async Task<JsonElement> ConflictAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("urn:securitytrax:problem:conflict", 409), (problem.GetProperty("type").GetString(), problem.GetProperty("status").GetInt32()));
        return problem;
    }

    protected static async Task<List<(string? Action, string? Field, string? Old, string? New, string? Actor)>> HistoryAsync(HttpClient admin, long customer, long appointment) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?limit=200")).GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("entity").GetString() == "appointment" && r.GetProperty("entityId").GetInt64() == appointment)
            .Select(r => (r.GetProperty("action").GetString(), r.GetProperty("field").GetString(), r.GetProperty("oldValue").GetString(),
                r.GetProperty("newValue").GetString(), r.GetProperty("userName").GetString()))];
}

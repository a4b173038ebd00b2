using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.Scheduling;

/// <summary>The reminder settings (a company of their own per test) and the customer.next_appointment merge field.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ScheduleSettingsApiTests(GatewayFixture fixture) : ScheduleSession(fixture)
{
    private const string Path = "/api/v1/schedule/settings";
    private const string Password = "a-good-password";

    [Fact]
    public async Task TheReminderSettingsAreReadAndChangedWithIfMatchAndBadValuesChangeNothing()
    {
        using var admin = await Fixture.SignInAsync(await Fixture.CreateTenantAsync(Password), "admin", Password);
        var template = await TemplateAsync(admin, "{{ customer.name }}");
        var read = await admin.GetAsync(Path);
        var etag = read.Headers.ETag!.Tag;

        var noTemplate = await SendAsync(admin, HttpMethod.Patch, Path, etag, new { reminderLeadHours = 24 });
        var tooFar = await SendAsync(admin, HttpMethod.Patch, Path, etag, new { reminderLeadHours = 169, reminderTemplateId = template });
        var unknown = await SendAsync(admin, HttpMethod.Patch, Path, etag, new { reminderLeadHours = 24, reminderTemplateId = 999999 });
        var unchanged = await admin.GetFromJsonAsync<JsonElement>(Path);
        var noIfMatch = await admin.PatchAsJsonAsync(Path, new { reminderLeadHours = 24, reminderTemplateId = template });
        var changed = await SendAsync(admin, HttpMethod.Patch, Path, etag, new { reminderLeadHours = 24, reminderTemplateId = template });
        var stale = await SendAsync(admin, HttpMethod.Patch, Path, etag, new { reminderLeadHours = 0 });

        Assert.Equal((0, JsonValueKind.Null), Settings(await read.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(["reminderTemplateId"], Fields(await Problems.AssertAsync(noTemplate, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal(["reminderLeadHours"], Fields(await Problems.AssertAsync(tooFar, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal(["reminderTemplateId"], Fields(await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation")));
        Assert.Equal((0, JsonValueKind.Null), Settings(unchanged));
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((24, template), (body.GetProperty("reminderLeadHours").GetInt32(), body.GetProperty("reminderTemplateId").GetInt32()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task NextAppointmentIsTheCustomersNextVisitStillToComeInTheCompanysClock()
    {
        using var admin = await Fixture.SignInAsync(await Fixture.CreateTenantAsync(Password), "admin", Password);
        var technician = await TechnicianAsync(admin);
        var customer = await CustomerAsync(admin);
        var day = Wednesday();
        await BookedAsync(admin, customer, Booking(technician, Local(day.AddDays(7), 9)));
        var (cancelled, etag) = await BookedAsync(admin, customer, Booking(technician, Local(day, 8)));
        await BookedAsync(admin, customer, Booking(technician, Local(day, 14, 30)));
        (await SendAsync(admin, HttpMethod.Post, $"/api/v1/appointments/{cancelled}/status", etag, new { status = "cancelled", reason = "Rain." })).EnsureSuccessStatusCode();
        var template = await TemplateAsync(admin, "Next: {{ customer.next_appointment }}");

        var preview = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/message-templates/{template}/preview?customerId={customer}");
        var none = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/message-templates/{template}/preview?customerId={await CustomerAsync(admin)}");

        var expected = TimeZoneInfo.ConvertTime(Local(day, 14, 30), Denver).ToString("f", CultureInfo.GetCultureInfo("en-US"));
        Assert.Equal($"Next: {expected}", preview.GetProperty("text").GetString());
        Assert.Equal("Next: ", none.GetProperty("text").GetString());
    }

    private static (int, JsonValueKind) Settings(JsonElement s) => (s.GetProperty("reminderLeadHours").GetInt32(), s.GetProperty("reminderTemplateId").ValueKind);

    private static string[] Fields(JsonElement errors) => [.. errors.EnumerateObject().Select(e => e.Name)];

    private static async Task<int> TemplateAsync(HttpClient admin, string text)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/message-templates", new { name = GatewayFixture.NewName("Reminder "), channel = "sms", isDynamic = true, textBody = text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}

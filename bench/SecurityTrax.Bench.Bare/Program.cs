// The baseline of bench/auth-get.sh: a bare minimal API answering GET /api/v1/settings with a fixed
// body of the same shape and size as the gateway's, and the same ETag. No authentication, no Orleans:
// what is left is Kestrel, routing and System.Text.Json.
using SecurityTrax.Bench.Bare;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// What the gateway answers for the bootstrap tenant: same members, same length (198 bytes).
var settings = new SettingsBody(
    Tenant: "demo",
    CompanyName: "Demo Security",
    TimeZone: "America/Denver",
    Culture: "en-US",
    EmailReceiptsByDefault: true,
    UpdatedAt: new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_560),
    CardSettlementCutoff: null);
const string etag = "\"1\"";

app.MapGet("/api/v1/settings", (HttpResponse response) =>
{
    response.Headers.ETag = etag;
    return TypedResults.Ok(settings);
});

app.Run();

namespace SecurityTrax.Bench.Bare
{
    /// <summary>Same members, in the same order, as the gateway's SettingsResponse.</summary>
    public sealed record SettingsBody(
        string Tenant,
        string CompanyName,
        string TimeZone,
        string Culture,
        bool EmailReceiptsByDefault,
        DateTimeOffset? UpdatedAt,
        TimeOnly? CardSettlementCutoff);
}

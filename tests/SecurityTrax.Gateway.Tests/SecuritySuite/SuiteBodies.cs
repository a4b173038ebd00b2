using SecurityTrax.Gateway.Tests.VersionedWrites;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// A body each write route would accept, so that only the rule under test refuses the request: the versioned-write
/// sample where there is one, else the create below (aimed at the world's records, which <see cref="RouteWorld.Ids"/> names).
/// </summary>
public static class SuiteBodies
{
    private static readonly IReadOnlyDictionary<string, Func<RouteWorld, object>> Creates = new Dictionary<string, Func<RouteWorld, object>>(StringComparer.Ordinal)
    {
        ["POST /api/v1/customers"] = _ => new { stage = "lead", firstName = "Suite", lastName = "Tester" },
        ["POST /api/v1/customers/{id}/contacts"] = _ => new { type = "emergency", name = "Suite", phones = new[] { new { kind = "home", number = "303-555-0100" } } },
        ["POST /api/v1/customers/{id}/contacts/from-agency"] = w => new { agencyId = w.Ids["agencyId"] },
        ["POST /api/v1/customers/{id}/equipment"] = w => new { equipmentItemId = w.Ids["equipmentId"], zone = "Hall" },
        ["POST /api/v1/customers/{id}/equipment/packages"] = w => new { packageId = w.Ids["packageId"] },
        ["POST /api/v1/customers/{id}/invoices"] = w => new { lines = new[] { new { itemId = w.Ids["itemId"], quantity = 1 } } },
        ["POST /api/v1/customers/{id}/recurring-invoices"] = w => new
        {
            lines = new[] { new { itemId = w.Ids["itemId"], quantity = 1 } }, nextDate = "2040-01-01", interval = 1, unit = "months", count = 12,
        },
        ["POST /api/v1/customers/{id}/notes"] = _ => new { noteType = "Service", body = "Suite." },
        ["POST /api/v1/customers/{id}/billing-methods"] = _ => new { kind = "card", token = "pm_card_visa" },
        ["POST /api/v1/customers/{id}/billing-methods/setup"] = _ => new { kind = "card" },
        ["POST /api/v1/customers/{id}/messages"] = _ => new { channel = "email", subject = "Suite", textBody = "Hello.", to = "suite@example.test" },
        ["POST /api/v1/customers/{id}/appointments"] = w => new { type = "service", start = "2040-01-01T15:00:00Z", durationMinutes = 60, technicianIds = new[] { w.Ids["userId"] } },
        ["POST /api/v1/customers/{id}/payments"] = _ => new { amount = 1.00m, manualKind = "cash" },
        ["POST /api/v1/customers/{id}/pay-links"] = _ => new { },
        ["POST /api/v1/customers/{id}/credit-reports"] = _ => new { bureau = "equifax", consent = new { method = "signed" } },
        ["POST /api/v1/customers/{id}/files"] = _ => Upload(),
        ["POST /api/v1/invoices/{invoiceId}/pay"] = _ => new { amount = 1.00m, manualKind = "cash" },
        ["POST /api/v1/invoices/{invoiceId}/pay-links"] = _ => new { },
        ["POST /api/v1/invoices/{invoiceId}/email"] = _ => new { to = "suite@example.test" },
        ["POST /api/v1/payments/{paymentId}/refunds"] = _ => new { amount = 1.00m },
    };

    private static MultipartFormDataContent Upload()
    {
        var file = new ByteArrayContent(Files.FileUploads.Pdf);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "files", "suite.pdf" } };
    }

    public static object? For(string route, RouteWorld world) =>
        world.Samples.TryGetValue(route, out var sample) ? sample.Body
        : Creates.TryGetValue(route, out var create) ? create(world)
        : null;
}

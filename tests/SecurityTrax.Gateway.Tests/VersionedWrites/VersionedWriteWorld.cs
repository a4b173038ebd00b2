using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.VersionedWrites;

/// <summary>
/// One company with a record behind every versioned write route, and a sample request for each route keyed
/// "METHOD /template" as in the OpenAPI document. Only refused writes are sent, so one world serves every route.
/// </summary>
public sealed class VersionedWriteWorld(HttpClient admin)
{
    public async Task<IReadOnlyDictionary<string, VersionedWriteSample>> BuildAsync(int labourItem, int panelItem, int panelPiece, int package) =>
        (await BuildWorldAsync(labourItem, panelItem, panelPiece, package)).Samples;

    /// <summary>The samples, and the id of the record behind each path parameter (the security suite aims every route with them).</summary>
    public async Task<RouteWorld> BuildWorldAsync(int labourItem, int panelItem, int panelPiece, int package)
    {
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var adminId = me.GetProperty("userId").GetInt64();
        var customer = await IdAsync("/api/v1/customers", Customer("customer"));
        var lead = await IdAsync("/api/v1/customers", Customer("lead"));
        var c = $"/api/v1/customers/{customer}";
        await SendAsync(HttpMethod.Post, $"{c}/tags", new { tag = "Vip" }, await ETagAsync(c));
        var contact = await IdAsync($"{c}/contacts", Contact("Mom"));
        var row = await IdAsync($"{c}/equipment", new { equipmentItemId = panelPiece, zone = "Hall" });
        var invoice = await IdAsync($"{c}/invoices", new { lines = new[] { new { itemId = labourItem, quantity = 2 } } });
        var line = (await JsonAsync($"/api/v1/invoices/{invoice}")).GetProperty("lines")[0].GetProperty("id").GetInt32();
        var quote = await IdAsync($"{c}/invoices", new { type = "quote", lines = new[] { new { itemId = labourItem, quantity = 1 } } });
        var memo = await IdAsync($"{c}/invoices", new { type = "credit_memo", lines = new[] { new { itemId = labourItem, quantity = 1, unitPrice = 20.00m } } });
        var visa = (await PostJsonAsync($"{c}/billing-methods", new { kind = "card", token = "pm_card_visa", makeDefault = true })).GetProperty("id").GetInt64();
        var master = (await PostJsonAsync($"{c}/billing-methods", new { kind = "card", token = "pm_card_mastercard" })).GetProperty("id").GetInt64();
        await PostJsonAsync($"{c}/pay-links", new { });
        var payment = await PostJsonAsync($"{c}/payments", new { amount = 60.00m, manualKind = "cash", applications = new[] { new { invoiceId = invoice, amount = 50.00m } } }, "walk-pay");
        var paymentId = payment.GetProperty("id").GetInt64();
        var agency = await IdAsync("/api/v1/agencies", new { kind = "police", name = "Walk Police", phones = new[] { new { kind = "work", number = "303-555-0110" } }, zips = new[] { "80202" } });
        var application = payment.GetProperty("applications")[0].GetProperty("id").GetInt32();
        var recurring = await IdAsync($"{c}/recurring-invoices", new
        {
            lines = new[] { new { itemId = labourItem, quantity = 1 } },
            nextDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(40)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            interval = 1, unit = "months", count = 12,
        });
        var note = await IdAsync($"{c}/notes", new { noteType = "Service", body = "Siren is weak.", ticket = new { assigneeId = adminId } });
        var template = await IdAsync("/api/v1/message-templates", new { name = "Walk", channel = "email", subject = "Hi", textBody = "Hello." });
        var campaign = await IdAsync("/api/v1/campaigns", new
        {
            name = "Later", templateId = template, audience = new { customerIds = new[] { customer } }, sendAt = DateTimeOffset.UtcNow.AddDays(7),
        });
        var role = GatewayFixture.NewName("walkers");
        (await admin.PostAsJsonAsync("/api/v1/roles", new { name = role, grants = new[] { "customers.view" } })).EnsureSuccessStatusCode();
        var user = (await PostJsonAsync("/api/v1/users", new
        {
            userName = GatewayFixture.NewName("walker"), displayName = "Walker", role = "Office", password = "a-good-password",
        })).GetProperty("id").GetInt64();
        (await admin.PostAsJsonAsync("/api/v1/technicians", new { userId = user })).EnsureSuccessStatusCode();
        var t = $"/api/v1/technicians/{user}";
        await SendAsync(HttpMethod.Post, $"{t}/time-off", new { from = "2040-01-01", to = "2040-01-02", reason = "Walk" }, await ETagAsync(t));
        var visit = new { type = "service", start = DateTimeOffset.UtcNow.AddDays(30), durationMinutes = 60, technicianIds = new[] { user } };
        var a = $"/api/v1/appointments/{await IdAsync($"{c}/appointments", visit)}";

        var files = await Files.FileUploads.IdsAsync(admin, customer, ("walk.pdf", Files.FileUploads.Pdf), ("gone.pdf", Files.FileUploads.Pdf));
        var (file, gone) = ($"{c}/files/{files[0]}", files[1]);
        var report = await WorldCreditReport.PullAsync(admin, me.GetProperty("tenant").GetString()!, customer);
        var message = await IdAsync($"{c}/messages", new { channel = "email", subject = "Walk", textBody = "Hello.", to = "walk@example.test" });
        (await CustomerApiClient.SendAsync(admin, HttpMethod.Delete, $"{c}/files/{gone}", await ETagAsync($"{c}/files/{gone}"))).EnsureSuccessStatusCode();

        var i = $"/api/v1/invoices/{invoice}";
        var n = $"/api/v1/notes/{note}";
        var p = $"/api/v1/payments/{paymentId}";
        var u = $"/api/v1/users/{user}";
        var rolePath = $"/api/v1/roles/{role}";
        var item = $"/api/v1/catalog/items/{panelItem}";
        Func<JsonElement, string?> inCatalog(string list, string key, object id) =>
            json => json.GetProperty(list).EnumerateArray().First(e => e.GetProperty(key).ToString() == id.ToString()).GetProperty("eTag").GetString();
        Func<JsonElement, string?> inList(string key, object id) =>
            json => json.EnumerateArray().First(e => e.GetProperty(key).ToString() == id.ToString()).GetProperty("eTag").GetString();
        var samples = new Dictionary<string, VersionedWriteSample>(StringComparer.Ordinal)
        {
            ["PUT /api/v1/customers/{id}"] = new(c, Customer(null), c),
            ["PUT /api/v1/customers/{id}/confidential"] = new($"{c}/confidential", new { ssn = "123-45-6789", dateOfBirth = "1970-01-01" }, c),
            ["POST /api/v1/customers/{id}/convert"] = new($"/api/v1/customers/{lead}/convert", null, $"/api/v1/customers/{lead}"),
            ["DELETE /api/v1/customers/{id}"] = new(c, null, c),
            ["POST /api/v1/customers/{id}/tags"] = new($"{c}/tags", new { tag = "Gold" }, c),
            ["DELETE /api/v1/customers/{id}/tags/{tag}"] = new($"{c}/tags/Vip", null, c),
            ["DELETE /api/v1/customers/{id}/suspension"] = new($"{c}/suspension", null, c),
            ["PUT /api/v1/customers/{id}/contacts/{contactId}"] = new($"{c}/contacts/{contact}", Contact("Dad"), $"{c}/contacts", inList("id", contact)),
            ["DELETE /api/v1/customers/{id}/contacts/{contactId}"] = new($"{c}/contacts/{contact}", null, $"{c}/contacts", inList("id", contact)),
            ["PUT /api/v1/customers/{id}/contacts/order"] = new($"{c}/contacts/order", new { contactIds = new[] { contact } }, $"{c}/contacts"),
            ["PUT /api/v1/customers/{id}/equipment/{rowId}"] = new($"{c}/equipment/{row}", new { equipmentItemId = panelPiece, zone = "Porch" }, $"{c}/equipment", inList("id", row)),
            ["DELETE /api/v1/customers/{id}/equipment/{rowId}"] = new($"{c}/equipment/{row}", null, $"{c}/equipment", inList("id", row)),
            ["PUT /api/v1/catalog/items/{itemId}"] = new(item, new { name = "Panel", unitPrice = 10.00m, kind = "equipment" }, "/api/v1/catalog", inCatalog("items", "id", panelItem)),
            ["DELETE /api/v1/catalog/items/{itemId}"] = new(item, null, "/api/v1/catalog", inCatalog("items", "id", panelItem)),
            ["PUT /api/v1/catalog/equipment/{equipmentId}"] = new($"/api/v1/catalog/equipment/{panelPiece}", new { make = "DSC", model = "X", billableItemId = panelItem }, "/api/v1/catalog", inCatalog("equipment", "id", panelPiece)),
            ["DELETE /api/v1/catalog/equipment/{equipmentId}"] = new($"/api/v1/catalog/equipment/{panelPiece}", null, "/api/v1/catalog", inCatalog("equipment", "id", panelPiece)),
            ["PUT /api/v1/catalog/packages/{packageId}"] = new($"/api/v1/catalog/packages/{package}", new { name = "Kit", pieces = new[] { new { equipmentItemId = panelPiece, quantity = 2 } } }, "/api/v1/catalog", inCatalog("packages", "id", package)),
            ["DELETE /api/v1/catalog/packages/{packageId}"] = new($"/api/v1/catalog/packages/{package}", null, "/api/v1/catalog", inCatalog("packages", "id", package)),
            ["PUT /api/v1/catalog/tax-rates/{state}"] = new("/api/v1/catalog/tax-rates/CO", new { rate = 5.5m }, "/api/v1/catalog", inCatalog("taxRates", "state", "CO")),
            ["DELETE /api/v1/catalog/tax-rates/{state}"] = new("/api/v1/catalog/tax-rates/CO", null, "/api/v1/catalog", inCatalog("taxRates", "state", "CO")),
            ["PUT /api/v1/settings/integrations/smtp"] = new("/api/v1/settings/integrations/smtp", new { host = "mail.example.test", from = "office@example.test" }, "/api/v1/settings/integrations"),
            ["PUT /api/v1/settings/integrations/twilio"] = new("/api/v1/settings/integrations/twilio", new { accountSid = "AC" + new string('1', 32), authToken = "token-token-token", from = "+13035550100" }, "/api/v1/settings/integrations"),
            ["PUT /api/v1/settings/integrations/stripe"] = new("/api/v1/settings/integrations/stripe", new { secretKey = "sk_test_walkwalkwalk", publishableKey = "pk_test_walkwalkwalk", webhookSigningSecret = "whsec_walkwalk" }, "/api/v1/settings/integrations"),
            ["PUT /api/v1/settings/integrations/bureau"] = new("/api/v1/settings/integrations/bureau", new { baseUrl = "https://api.bureau.example", subscriberCode = "SUB-1", apiKey = "bk_test_walkwalkwalk" }, "/api/v1/settings/integrations"),
            ["DELETE /api/v1/settings/integrations/{provider}"] = new("/api/v1/settings/integrations/smtp", null, "/api/v1/settings/integrations"),
            ["PUT /api/v1/settings"] = new("/api/v1/settings", new { companyName = "Walked Alarm", timeZone = "America/Denver", culture = "en-US", emailReceiptsByDefault = true }, "/api/v1/settings"),
            ["PUT /api/v1/agencies/{agencyId}"] = new($"/api/v1/agencies/{agency}", new { kind = "fire", name = "Walk Fire", phones = new[] { new { kind = "work", number = "303-555-0111" } }, zips = new[] { "80202" } }, $"/api/v1/agencies/{agency}"),
            ["DELETE /api/v1/agencies/{agencyId}"] = new($"/api/v1/agencies/{agency}", null, $"/api/v1/agencies/{agency}"),
            ["PUT /api/v1/settings/company-profile"] = new("/api/v1/settings/company-profile", new { legalName = "Walked Alarm LLC" }, "/api/v1/settings/company-profile"),
            ["POST /api/v1/settings/company-profile/logo"] = new("/api/v1/settings/company-profile/logo", new { image = TinyPng.Solid(2, 2, 0, 0, 0) }, "/api/v1/settings/company-profile"),
            ["DELETE /api/v1/settings/company-profile/logo"] = new("/api/v1/settings/company-profile/logo", null, "/api/v1/settings/company-profile"),
            ["PUT /api/v1/invoices/{invoiceId}"] = new(i, new { term = "net10" }, i),
            ["DELETE /api/v1/invoices/{invoiceId}"] = new($"/api/v1/invoices/{quote}", null, $"/api/v1/invoices/{quote}"),
            ["POST /api/v1/invoices/{invoiceId}/void"] = new($"{i}/void", null, i),
            ["POST /api/v1/invoices/{invoiceId}/convert"] = new($"/api/v1/invoices/{quote}/convert", null, $"/api/v1/invoices/{quote}"),
            ["POST /api/v1/invoices/{invoiceId}/lines"] = new($"{i}/lines", new { itemId = labourItem, quantity = 1 }, i),
            ["PUT /api/v1/invoices/{invoiceId}/lines/{lineId}"] = new($"{i}/lines/{line}", new { itemId = labourItem, quantity = 3 }, i),
            ["DELETE /api/v1/invoices/{invoiceId}/lines/{lineId}"] = new($"{i}/lines/{line}", null, i),
            ["POST /api/v1/invoices/{invoiceId}/add-unpaid-equipment"] = new($"{i}/add-unpaid-equipment", null, i),
            ["POST /api/v1/invoices/{invoiceId}/add-activation-fee"] = new($"{i}/add-activation-fee", null, i),
            ["POST /api/v1/invoices/{invoiceId}/add-monitoring"] = new($"{i}/add-monitoring", null, i),
            ["POST /api/v1/invoices/{invoiceId}/credits"] = new($"{i}/credits", new { creditMemoId = memo, amount = 10.00m }, i),
            ["POST /api/v1/customers/{id}/billing-methods/{methodId}/default"] = new($"{c}/billing-methods/{master}/default", null, $"{c}/billing-methods"),
            ["DELETE /api/v1/customers/{id}/billing-methods/{methodId}"] = new($"{c}/billing-methods/{visa}", null, $"{c}/billing-methods"),
            ["DELETE /api/v1/customers/{id}/pay-links/{number}"] = new($"{c}/pay-links/1", null, $"{c}/pay-links"),
            ["POST /api/v1/payments/{paymentId}/applications"] = new($"{p}/applications", new { invoiceId = invoice, amount = 5.00m }, p),
            ["DELETE /api/v1/payments/{paymentId}/applications/{applicationId}"] = new($"{p}/applications/{application}", null, p),
            ["POST /api/v1/payments/{paymentId}/void"] = new($"{p}/void", new { reason = "walk" }, p),
            ["POST /api/v1/payments/{paymentId}/process"] = new($"{p}/process", null, p),
            ["PATCH /api/v1/payments/{paymentId}"] = new(p, new { note = "walk" }, p),
            ["DELETE /api/v1/recurring-invoices/{recurringId}"] = new($"/api/v1/recurring-invoices/{recurring}", null, $"/api/v1/recurring-invoices/{recurring}"),
            ["POST /api/v1/recurring-invoices/{recurringId}/resume"] = new($"/api/v1/recurring-invoices/{recurring}/resume", null, $"/api/v1/recurring-invoices/{recurring}"),
            ["POST /api/v1/recurring-invoices/{recurringId}/add-monitoring"] = new($"/api/v1/recurring-invoices/{recurring}/add-monitoring", null, $"/api/v1/recurring-invoices/{recurring}"),
            ["POST /api/v1/recurring-invoices/{recurringId}/add-activation-fee"] = new($"/api/v1/recurring-invoices/{recurring}/add-activation-fee", null, $"/api/v1/recurring-invoices/{recurring}"),
            ["POST /api/v1/recurring-invoices/{recurringId}/add-unpaid-equipment"] = new($"/api/v1/recurring-invoices/{recurring}/add-unpaid-equipment", null, $"/api/v1/recurring-invoices/{recurring}"),
            ["DELETE /api/v1/recurring-invoices/{recurringId}/pending-items/{kind}"] = new($"/api/v1/recurring-invoices/{recurring}/pending-items/activation_fee", null, $"/api/v1/recurring-invoices/{recurring}"),
            ["PUT /api/v1/notes/{noteId}"] = new(n, new { noteType = "Service", body = "Siren replaced." }, n),
            ["DELETE /api/v1/notes/{noteId}"] = new(n, null, n),
            ["PUT /api/v1/notes/{noteId}/ticket"] = new($"{n}/ticket", new { assigneeId = adminId, priority = "high" }, n),
            ["DELETE /api/v1/notes/{noteId}/ticket"] = new($"{n}/ticket", null, n),
            ["POST /api/v1/notes/{noteId}/status"] = new($"{n}/status", new { status = "closed" }, n),
            ["POST /api/v1/notes/{noteId}/comments"] = new($"{n}/comments", new { body = "On my way." }, n),
            ["PUT /api/v1/message-templates/{templateId}"] = new($"/api/v1/message-templates/{template}", new { name = "Walk", channel = "email", subject = "Hello", textBody = "Hi." }, $"/api/v1/message-templates/{template}"),
            ["DELETE /api/v1/message-templates/{templateId}"] = new($"/api/v1/message-templates/{template}", null, $"/api/v1/message-templates/{template}"),
            ["POST /api/v1/campaigns/{campaignId}/cancel"] = new($"/api/v1/campaigns/{campaign}/cancel", null, $"/api/v1/campaigns/{campaign}"),
            ["PUT /api/v1/roles/{name}"] = new(rolePath, new { grants = new[] { "customers.view", "notes.view" } }, rolePath),
            ["DELETE /api/v1/roles/{name}"] = new(rolePath, null, rolePath),
            ["PUT /api/v1/users/{id}"] = new(u, new { displayName = "Walker Two", role = "Office" }, u),
            ["POST /api/v1/users/{id}/disable"] = new($"{u}/disable", null, u),
            ["POST /api/v1/users/{id}/enable"] = new($"{u}/enable", null, u),
            ["POST /api/v1/users/{id}/password"] = new($"{u}/password", new { password = "another-good-password" }, u),
            ["PATCH /api/v1/technicians/{userId}"] = new(t, new { notes = "Walks fast." }, t),
            ["POST /api/v1/technicians/{userId}/time-off"] = new($"{t}/time-off", new { from = "2041-01-01", to = "2041-01-02", reason = "Walk" }, t),
            ["DELETE /api/v1/technicians/{userId}/time-off/{timeOffId}"] = new($"{t}/time-off/1", null, t),
            ["POST /api/v1/appointments/{appointmentId}/reschedule"] = new($"{a}/reschedule", visit, a),
            ["POST /api/v1/appointments/{appointmentId}/status"] = new($"{a}/status", new { status = "dispatched" }, a),
            ["PATCH /api/v1/schedule/settings"] = new("/api/v1/schedule/settings", new { reminderLeadHours = 0 }, "/api/v1/schedule/settings"),
            ["POST /api/v1/technicians/{userId}/calendar-link/rotate"] = new($"{t}/calendar-link/rotate", null, t),

            ["PUT /api/v1/customers/{id}/files/{fileId}"] = new(file, new { name = "walked.pdf" }, file),
            ["DELETE /api/v1/customers/{id}/files/{fileId}"] = new(file, null, file),
            ["POST /api/v1/customers/{id}/files/{fileId}/restore"] = new($"{c}/files/{gone}/restore", null, $"{c}/files?deleted=true", inList("id", gone)),
            ["POST /api/v1/customers/{id}/credit-reports/{reportId}/apply"] = new($"{c}/credit-reports/{report}/apply", null, c),
            ["PATCH /api/v1/settings/credit-reports"] = new("/api/v1/settings/credit-reports", new { approvedFrom = 720 }, "/api/v1/settings/credit-reports"),
            ["PATCH /api/v1/settings/dunning"] = new("/api/v1/settings/dunning", new { noticeDaysBefore = 3 }, "/api/v1/settings/dunning"),
            ["PUT /api/v1/settings/files"] = new("/api/v1/settings/files", new { maxFileBytes = 1_000_000, quotaBytes = 100_000_000, keepImageLocation = false }, "/api/v1/settings/files"),
        };
        var ids = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["id"] = customer, ["users:id"] = user, ["contactId"] = contact, ["rowId"] = row, ["invoiceId"] = invoice, ["lineId"] = line,
            ["methodId"] = master, ["number"] = 1, ["paymentId"] = paymentId, ["applicationId"] = application, ["agencyId"] = agency,
            ["recurringId"] = recurring, ["noteId"] = note, ["templateId"] = template, ["campaignId"] = campaign, ["name"] = role,
            ["userId"] = user, ["timeOffId"] = 1, ["appointmentId"] = a[(a.LastIndexOf('/') + 1)..], ["fileId"] = files[0], ["reportId"] = report,
            ["itemId"] = panelItem, ["equipmentId"] = panelPiece, ["packageId"] = package, ["state"] = "CO", ["provider"] = "smtp",
            ["tag"] = "Vip", ["messageId"] = message, ["kind"] = "activation_fee",
        };
        var queries = new Dictionary<string, string>(StringComparer.Ordinal) { ["/api/v1/message-templates/{templateId}/preview"] = $"customerId={customer}" };
        return new RouteWorld(samples, ids, queries);
    }

    private static object Customer(string? stage) => new
    {
        stage, firstName = "Walt", lastName = "Walker", activationFee = 99.00m, monthlyMonitoringRate = 39.95m,
        serviceAddress = new { line1 = "1 Main St", city = "Denver", state = "CO", zip = "80202" },
    };

    private static object Contact(string name) => new { type = "emergency", name, phones = new[] { new { kind = "home", number = "303-555-0100" } } };

    private async Task<string> ETagAsync(string path)
    {
        using var response = await admin.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.Tag;
    }

    private async Task SendAsync(HttpMethod method, string path, object body, string etag)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        (await admin.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> JsonAsync(string path) => await admin.GetFromJsonAsync<JsonElement>(path);

    private async Task<long> IdAsync(string path, object body) => (await PostJsonAsync(path, body)).GetProperty("id").GetInt64();

    private async Task<JsonElement> PostJsonAsync(string path, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString("N"));
        using var response = await admin.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

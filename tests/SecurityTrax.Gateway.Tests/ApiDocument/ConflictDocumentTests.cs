using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>409 is declared where an operation can answer it, and only there; what it answers for real is what the document says.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ConflictDocumentTests(GatewayFixture fixture) : BillingSession(fixture)
{
    /// <summary>
    /// Operations whose handler or grain refuses a change the record's state does not allow, traced from every
    /// conflict the grains throw and the handlers answer. Keyed operations come on top (a request with the same key
    /// still running), read from the document's Idempotency-Key parameter.
    /// </summary>
    private static readonly string[] StateConflicts =
    [
        "CreateTenant", "UpdateUser", "DisableUser", "UpdateRole", "DeleteRole",
        "DeleteCustomer", "ConvertLead", "ClearCustomerSuspension", "SetTicketStatus", "MakeNoteAgain", "CommentOnTicket",
        "DeleteTemplate", "ResendMessage", "CancelCampaign",
        "RetireCatalogItem", "RetireCatalogEquipment", "AddTaxRate",
        "UpdateEquipment", "RemoveEquipment", "AddInvoicedEquipment",
        "UpdateInvoice", "DeleteInvoice", "VoidInvoice", "ConvertQuote", "AddInvoiceLine", "UpdateInvoiceLine", "RemoveInvoiceLine",
        "AddUnpaidEquipment", "AddActivationFee", "AddMonitoringCharge", "ApplyCreditMemo", "EmailInvoice",
        "ResumeRecurringInvoice", "AddRecurringMonitoringCharge", "RemoveBillingMethod",
        "MarkRecurringActivationFee", "MarkRecurringUnpaidEquipment", "RemoveRecurringPendingItem",
        "CreatePayment", "PayInvoice", "ApplyPayment", "RefundPayment", "VoidPayment", "ProcessPayment", "EditPayment",
        "CreateTechnician", "CreateAppointment", "RescheduleAppointment", "SetAppointmentStatus",
        "UploadFiles",

        // Pay links (issue 20): a link for an invoice with nothing due.
        "CreateInvoicePayLink",

        // Credit reports (issue 19).
        "RequestCreditBureau", "ApproveCreditBureauRequest", "RefuseCreditBureauRequest", "ApplyCreditScore",
        // The provider's protocol: an event about a payment not yet recorded is retried later.
        "StripeWebhook",
    ];

    [Fact]
    public async Task OnlyOperationsThatCanAnswerAConflictDeclare409()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var keyed = document.Operations().Where(o => o.HeaderParameter("Idempotency-Key") is not null).Select(o => o.Id!);
        var expected = StateConflicts.Concat(keyed).ToHashSet(StringComparer.Ordinal);
        var declaring = document.Operations().Where(o => o.Statuses.Contains("409")).Select(o => o.Id!);
        Assert.Equal(expected.Order(StringComparer.Ordinal), declaring.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A409SaysWhenThisOperationAnswersIt()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        Assert.Equal("The state has a tax rate; change it instead. Also: A request with this Idempotency-Key is still running; retry shortly.",
            Description(document, "AddTaxRate"));
        Assert.Equal("The record is a customer already.", Description(document, "ConvertLead"));
        Assert.Equal("A request with this Idempotency-Key is still running; retry shortly.", Description(document, "CreateCustomer"));
    }

    [Fact]
    public async Task ATenantSlugTakenAnswers409AsDocumented()
    {
        var slug = await Fixture.CreateTenantAsync("another-admin-password");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/platform/tenants")
        {
            Content = JsonContent.Create(new { slug, companyName = "Copy Alarm Co", adminUserName = "admin", adminPassword = "another-admin-password" }),
        };
        request.Headers.Add("X-Operator-Key", GatewayFixture.OperatorKey);

        using var response = await Fixture.Http.SendAsync(request);

        await Problems.AssertAsync(response, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        await AssertDeclaredAsync("CreateTenant", "409");
    }

    [Fact]
    public async Task ABuiltInRoleDeletedAnswers409AsDocumented()
    {
        using var response = await SendCurrentAsync(Admin, HttpMethod.Delete, "/api/v1/roles/Admin", "/api/v1/roles/Admin");

        await Problems.AssertAsync(response, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        await AssertDeclaredAsync("DeleteRole", "409");
    }

    [Fact]
    public async Task ACustomerConvertedAgainAnswers409AsDocumented()
    {
        var customer = await CustomerAsync();

        using var response = await SendCurrentAsync(Admin, HttpMethod.Post, $"/api/v1/customers/{customer}/convert", $"/api/v1/customers/{customer}");

        await Problems.AssertAsync(response, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        await AssertDeclaredAsync("ConvertLead", "409");
    }

    [Fact]
    public async Task AVoidInvoiceVoidedAgainOrEditedAnswers409AsDocumented()
    {
        var customer = await CustomerAsync();
        var (invoice, _, etag) = await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 1 } } });
        using var voided = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/void", etag);
        voided.EnsureSuccessStatusCode();
        var current = voided.Headers.ETag!.Tag;

        using var again = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/void", current);
        using var line = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/invoices/{invoice}/lines", current, new { itemId = LabourItem, quantity = 1 });

        await Problems.AssertAsync(again, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        await Problems.AssertAsync(line, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        await AssertDeclaredAsync("VoidInvoice", "409");
        await AssertDeclaredAsync("AddInvoiceLine", "409");
    }

    [Fact]
    public async Task ACommentOnANoteThatIsNoTicketAnswers409AsDocumented()
    {
        var customer = await CustomerAsync();
        using var created = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/notes", new { noteType = "General", body = "Called about the panel." });
        created.EnsureSuccessStatusCode();
        var note = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        using var response = await SendAsync(Admin, HttpMethod.Post, $"/api/v1/notes/{note}/comments", created.Headers.ETag!.Tag, new { body = "Any news?" });

        await Problems.AssertAsync(response, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
        await AssertDeclaredAsync("CommentOnTicket", "409");
    }

    [Fact]
    public async Task WritesWithoutAConflictPathAnswerWithoutOneAndDoNotDeclareIt()
    {
        var customer = await CustomerAsync();
        var path = $"/api/v1/customers/{customer}/tags";
        using var first = await SendCurrentAsync(Admin, HttpMethod.Post, path, $"/api/v1/customers/{customer}", new { tag = "vip" });
        using var again = await SendCurrentAsync(Admin, HttpMethod.Post, path, $"/api/v1/customers/{customer}", new { tag = "vip" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        Assert.DoesNotContain("409", document.Operation("AddCustomerTag").Statuses);
        Assert.DoesNotContain("409", document.Operation("UpdateSettings").Statuses);
        Assert.DoesNotContain("409", document.Operation("EditNote").Statuses);
    }

    private async Task AssertDeclaredAsync(string operationId, string status)
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        Assert.Contains(status, document.Operation(operationId).Statuses);
    }

    private static string? Description(OpenApiDocumentReader document, string operationId) =>
        document.Operation(operationId).Response("409").GetProperty("description").GetString();
}

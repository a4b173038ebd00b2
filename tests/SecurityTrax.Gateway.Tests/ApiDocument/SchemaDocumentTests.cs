using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>Request schemas say what must be sent, and every field says how money, dates and enumerations are written.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SchemaDocumentTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("TokenRequest", "tenant userName password")]
    [InlineData("CreateTenantRequest", "slug companyName adminUserName")]
    [InlineData("InvoiceLineRequest", "itemId quantity")]
    [InlineData("CustomerRequest", "")]
    [InlineData("RefundRequest", "")]
    [InlineData("CreatePaymentRequest", "amount")]
    [InlineData("TaxRateRequest", "rate")]
    [InlineData("RoleRequest", "grants")]
    public async Task OnlyMembersTheApiRequiresAreRequired(string schemaName, string required)
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        var schema = document.Schema(schemaName);
        var listed = schema.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()!).ToArray() : [];
        Assert.Equal(required.Split(' ', StringSplitOptions.RemoveEmptyEntries), listed);
    }

    /// <summary>
    /// Every request schema, with the members every handler taking it answers 400 without (traced in the handlers and
    /// the grain checks they call). A new request record fails here until it is added with what it insists on.
    /// </summary>
    [Fact]
    public async Task EveryRequestSchemaRequiresExactlyWhatEveryHandlerInsistsOn()
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AddPackageRequest"] = "packageId",
            ["WorkingHoursDto"] = "day start end",
            ["TimeOffRequest"] = "from to reason",
            ["TechnicianProfileRequest"] = "",
            ["CreateTechnicianRequest"] = "userId",
            ["ArrivalWindowDto"] = "from to",
            ["AppointmentTypeRequest"] = "name",
            ["AppointmentStatusRequest"] = "status",
            ["AppointmentRequest"] = "type",
            ["ScheduleSettingsRequest"] = "",
            ["AddressDto"] = "",
            ["AgencyContactRequest"] = "agencyId",
            ["AgencyImportRequest"] = "csv",
            ["AgencyRequest"] = "",
            ["ApplicationDto"] = "invoiceId amount",
            ["ApplyCreditRequest"] = "creditMemoId amount",
            ["BillableItemRequest"] = "name unitPrice kind",
            ["BureauAccessRequest"] = "bureau permissiblePurpose",
            ["BureauDecisionRequest"] = "",
            ["BureauSettingsRequest"] = "baseUrl subscriberCode",
            ["ConsentDto"] = "",
            ["RunCreditReportRequest"] = "bureau consent",
            ["CreditReportSettingsRequest"] = "",
            ["DunningSettingsRequest"] = "",
            ["BillingMethodRequest"] = "kind",
            ["BillingSetupRequest"] = "kind",
            ["CampaignAudienceDto"] = "",
            ["CampaignRequest"] = "name templateId audience",
            ["CommentRequest"] = "body",
            ["CompanyLogoRequest"] = "",
            ["CompanyProfileRequest"] = "",
            ["ConfidentialRequest"] = "",
            ["ContactRequest"] = "",
            ["CreateInvoiceRequest"] = "",
            ["CreatePaymentRequest"] = "amount",
            ["CreatePayLinkRequest"] = "",
            ["PortalCodeRequest"] = "address",
            ["PortalPayRequest"] = "applications",
            ["PortalSessionRequest"] = "address code",
            ["CreateRecurringInvoiceRequest"] = "nextDate interval unit count",
            ["CreateTenantRequest"] = "slug companyName adminUserName",
            ["CreateUserRequest"] = "userName displayName role password",
            ["CustomerRequest"] = "",
            ["EditPaymentRequest"] = "",
            ["EmailInvoiceRequest"] = "",
            ["EquipmentItemRequest"] = "make model billableItemId",
            ["EquipmentRequest"] = "",
            ["InvoiceHeaderRequest"] = "",
            ["InvoiceLineRequest"] = "itemId quantity",
            ["NoteRequest"] = "noteType body",
            ["NoteTypeRequest"] = "name",
            ["PackagePieceDto"] = "",
            ["PackageRequest"] = "name pieces",
            ["PayInvoiceRequest"] = "",
            ["PhoneDto"] = "kind number",
            ["ReadMarkRequest"] = "upTo",
            ["RefreshRequest"] = "",
            ["RefundRequest"] = "",
            ["ReorderContactsRequest"] = "contactIds",
            ["ResetPasswordRequest"] = "password",
            ["RoleRequest"] = "grants",
            ["ScheduleRequest"] = "nextDate interval unit count",
            ["SendMessageRequest"] = "",
            ["SmtpSettingsRequest"] = "host from",
            ["StatusRequest"] = "status",
            ["StripeSettingsRequest"] = "publishableKey",
            ["TagRequest"] = "tag",
            ["TaxRateRequest"] = "rate",
            ["TemplateRequest"] = "name channel",
            ["TicketRequest"] = "assigneeId",
            ["TokenRequest"] = "tenant userName password",
            ["TwilioSettingsRequest"] = "accountSid from",
            ["UpdateSettingsRequest"] = "companyName timeZone culture emailReceiptsByDefault",
            ["UpdateFileRequest"] = "name",
            ["UpdateFilePolicyRequest"] = "maxFileBytes quotaBytes keepImageLocation",
            ["UpdateUserRequest"] = "displayName role",
            ["VoidRequest"] = "",
        };
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        var actual = document.Root.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Name.EndsWith("Request", StringComparison.Ordinal) || s.Name.EndsWith("Dto", StringComparison.Ordinal))
            .ToDictionary(
                s => s.Name,
                s => s.Value.TryGetProperty("required", out var list) ? string.Join(' ', list.EnumerateArray().Select(r => r.GetString())) : "",
                StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.OrderBy(a => a.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task OptionalMembersAreMarkedNullable()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        var type = document.Schema("CustomerRequest").GetProperty("properties").GetProperty("email").GetProperty("type");
        Assert.Equal(["null", "string"], type.EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task EveryDecimalIsADecimalWithItsMeaningNeverADouble()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        var doubles = document.Root.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .SelectMany(s => s.Value.TryGetProperty("properties", out var p) ? p.EnumerateObject().Select(m => (Schema: s.Name, Member: m)) : [])
            .Where(x => x.Member.Value.TryGetProperty("format", out var f) && f.GetString() == "double")
            .Select(x => $"{x.Schema}.{x.Member.Name}")
            .ToList();
        // The only floating-point number the API gives is a latency, never money.
        Assert.Equal(["ReadinessResponse.databaseLatencyMs"], doubles);

        var fee = Member(document, "CustomerRequest", "monthlyMonitoringRate");
        Assert.Equal("decimal", fee.GetProperty("format").GetString());
        Assert.Equal(0.01m, fee.GetProperty("multipleOf").GetDecimal());
        Assert.Equal("Money in US dollars: a JSON number (never a string) with at most two decimals, e.g. 12.50.", fee.GetProperty("description").GetString());
        Assert.Equal(0.001m, Member(document, "TaxRateRequest", "rate").GetProperty("multipleOf").GetDecimal());
        Assert.Equal(0.01m, Member(document, "InvoiceLineRequest", "quantity").GetProperty("multipleOf").GetDecimal());
    }

    [Fact]
    public async Task DatesAreIsoDatesAndInstantsCarryTheirOffset()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        var saleDate = Member(document, "CreateInvoiceRequest", "saleDate");
        Assert.Equal("date", saleDate.GetProperty("format").GetString());
        Assert.Equal("A date, yyyy-MM-dd (the company's local calendar date, no time or offset).", saleDate.GetProperty("description").GetString());
        Assert.Equal("date", Member(document, "CustomerRequest", "dateOfBirth").GetProperty("format").GetString());
        var createdAt = Member(document, "CustomerResponse", "createdAt");
        Assert.Equal("date-time", createdAt.GetProperty("format").GetString());
        Assert.StartsWith("An instant: ISO 8601 with its offset", createdAt.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnumerationsListTheirSnakeCaseValues()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        Assert.Equal(["invoice", "quote", "credit_memo"], document.Schema("InvoiceType").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(
            ["card", "bank_account", "cash", "check", "other"],
            document.Schema("PaymentMethodKind").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    private static JsonElement Member(OpenApiDocumentReader document, string schema, string member) =>
        document.Schema(schema).GetProperty("properties").GetProperty(member);
}

using System.Net;
using System.Net.Http.Json;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>
/// An id of another record in a request body that names nothing is a bad field of this request: 400 naming the
/// member, never a 404 (which would say the operation's own record is missing). The document says 400 for these
/// operations and, where no route id exists, no 404.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class BodyIdDocumentTests(GatewayFixture fixture) : BillingSession(fixture)
{
    private const long Nothing = 987_654_321;

    public enum Case
    {
        PaymentApplicationInvoice,
        PaymentBillingMethod,
        InvoiceLineItem,
        EquipmentPiece,
        CustomerPackage,
        CatalogueEquipmentItem,
        PackagePiece,
        CampaignTemplate,
        MessageTemplate,
        InvoicePaymentBillingMethod,
        RecurringBillingMethod,
        CustomerSalesRep,
    }

    [Theory]
    [InlineData(Case.PaymentApplicationInvoice, "CreatePayment", "applications[0].invoiceId")]
    [InlineData(Case.InvoiceLineItem, "CreateInvoice", "lines[0].itemId")]
    [InlineData(Case.EquipmentPiece, "AddEquipment", "equipmentItemId")]
    [InlineData(Case.CustomerPackage, "AddEquipmentPackageToCustomer", "packageId")]
    [InlineData(Case.CatalogueEquipmentItem, "AddCatalogEquipment", "billableItemId")]
    [InlineData(Case.PackagePiece, "AddEquipmentPackage", "pieces[0].equipmentItemId")]
    [InlineData(Case.RecurringBillingMethod, "CreateRecurringInvoice", "billingMethodId")]
    [InlineData(Case.CustomerSalesRep, "CreateCustomer", "salesRepUserId")]
    [InlineData(Case.MessageTemplate, "SendMessage", "templateId")]
    [InlineData(Case.CampaignTemplate, "CreateCampaign", "templateId")]
    [InlineData(Case.PaymentBillingMethod, "CreatePayment", "billingMethodId")]
    [InlineData(Case.InvoicePaymentBillingMethod, "PayInvoice", "billingMethodId")]
    public async Task AnUnknownIdInTheBodyAnswers400NamingItAsDocumented(Case @case, string operationId, string field)
    {
        using var response = await SendAsync(@case);

        var errors = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "urn:securitytrax:problem:validation");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        var operation = (await OpenApiDocumentReader.LoadAsync(Fixture.Http)).Operation(operationId);
        Assert.Contains("400", operation.Statuses);
        if (!operation.Path.Contains('{', StringComparison.Ordinal))
        {
            // Nothing in the route to be missing: a 404 would be a promise the operation never keeps.
            Assert.DoesNotContain("404", operation.Statuses);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Case @case)
    {
        var customer = await CustomerAsync();
        var key = Guid.NewGuid().ToString("N");
        return @case switch
        {
            Case.PaymentApplicationInvoice => await PostAsync($"/api/v1/customers/{customer}/payments", key,
                new { amount = 10.00m, manualKind = "cash", applications = new[] { new { invoiceId = Nothing, amount = 10.00m } } }),
            Case.PaymentBillingMethod => await PostAsync($"/api/v1/customers/{customer}/payments", key, new { amount = 10.00m, billingMethodId = Nothing }),
            Case.InvoiceLineItem => await PostAsync($"/api/v1/customers/{customer}/invoices", key, new { lines = new[] { new { itemId = Nothing, quantity = 1 } } }),
            Case.EquipmentPiece => await PostAsync($"/api/v1/customers/{customer}/equipment", key, new { equipmentItemId = Nothing }),
            Case.CustomerPackage => await PostAsync($"/api/v1/customers/{customer}/equipment/packages", key, new { packageId = Nothing }),
            Case.CatalogueEquipmentItem => await PostAsync("/api/v1/catalog/equipment", key, new { make = "Acme", model = "X1", billableItemId = Nothing }),
            Case.PackagePiece => await PostAsync("/api/v1/catalog/packages", key,
                new { name = "Broken kit", pieces = new[] { new { equipmentItemId = Nothing, quantity = 1 } } }),
            Case.CampaignTemplate => await PostAsync("/api/v1/campaigns", key, new { name = "Spring", templateId = Nothing, audience = new { customerIds = new[] { customer } } }),
            Case.MessageTemplate => await PostAsync($"/api/v1/customers/{customer}/messages", key, new { templateId = Nothing }),
            Case.InvoicePaymentBillingMethod => await PostAsync(
                $"/api/v1/invoices/{(await InvoiceAsync(customer, new { lines = new[] { new { itemId = LabourItem, quantity = 1 } } })).Id}/pay", key,
                new { billingMethodId = Nothing }),
            Case.RecurringBillingMethod => await PostAsync($"/api/v1/customers/{customer}/recurring-invoices", key, new
            {
                lines = new[] { new { itemId = LabourItem, quantity = 1 } },
                nextDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                interval = 1,
                unit = "months",
                count = 3,
                billingMethodId = Nothing,
            }),
            Case.CustomerSalesRep => await PostAsync("/api/v1/customers", key, new { firstName = "Bo", lastName = "Ray", salesRepUserId = Nothing }),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await Admin.SendAsync(request);
    }
}

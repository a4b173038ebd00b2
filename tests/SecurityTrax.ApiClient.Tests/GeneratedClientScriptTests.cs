using SecurityTrax.Gateway.Tests;

namespace SecurityTrax.ApiClient.Tests;

/// <summary>
/// A front end's day written with nothing but the client generated from the OpenAPI document: if the document lies
/// about a path, a header, a field or an answer, these fail.
/// </summary>
[Collection(ApiClientCollection.Name)]
public sealed class GeneratedClientScriptTests(GatewayFixture fixture)
{
    [Fact]
    public async Task InvoiceIsPaidByCardOnceAndPartlyRefunded()
    {
        using var company = await ScriptCompany.StartAsync(fixture);
        var api = company.Client;
        var labour = await api.AddCatalogItemAsync(ScriptCompany.NewKey(), new BillableItemRequest { Name = "Labour", UnitPrice = 85, Kind = BillableItemKind.Labour });
        var customer = await api.CreateCustomerAsync(ScriptCompany.NewKey(), new CustomerRequest
        {
            Stage = CustomerStage.Customer,
            FirstName = "Ann",
            LastName = "Lee",
            ServiceAddress = new AddressDto { Line1 = "12 Elm St", City = "Denver", State = "CO", Zip = "80202" },
        });
        var customerId = customer.Result.Id;
        await api.AddBillingMethodAsync(customerId, ScriptCompany.NewKey(), new BillingMethodRequest { Kind = BillingMethodKind.Card, Token = "pm_card_visa", MakeDefault = true });
        var invoice = await api.CreateInvoiceAsync(customerId, ScriptCompany.NewKey(), new CreateInvoiceRequest
        {
            Lines = [new InvoiceLineRequest { ItemId = labour.Result.Id, Quantity = 2 }],
        });

        var payKey = ScriptCompany.NewKey();
        var payment = await api.PayInvoiceAsync(invoice.Result.Id, payKey, new PayInvoiceRequest());
        var repeat = await api.PayInvoiceAsync(invoice.Result.Id, payKey, new PayInvoiceRequest());
        var reused = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(
            () => api.PayInvoiceAsync(invoice.Result.Id, payKey, new PayInvoiceRequest { Amount = 10 }));
        var refund = await api.RefundPaymentAsync(payment.Result.Id, ScriptCompany.NewKey(), new RefundRequest { Amount = 50, Reason = "One hour was not worked" });
        var paid = await api.GetPaymentAsync(payment.Result.Id);
        var reopened = await api.GetInvoiceAsync(invoice.Result.Id);

        Assert.Equal(CustomerStage.Customer, customer.Result.Stage);
        Assert.Equal(201, invoice.StatusCode);
        Assert.Equal(170.0, (double)invoice.Result.Totals.GrandTotal);
        Assert.Equal(201, payment.StatusCode);
        Assert.Equal(PaymentStatus.Succeeded, payment.Result.Status);
        Assert.Equal(PaymentMethodKind.Card, payment.Result.Method);
        Assert.Equal(170.0, (double)payment.Result.Amount);
        Assert.Equal(payment.Result.Id, repeat.Result.Id);
        Assert.Equal("true", Assert.Single(repeat.Headers["Idempotent-Replayed"]));
        Assert.Equal(422, reused.StatusCode);
        Assert.Equal("urn:securitytrax:problem:idempotency-key-reused", reused.Result.Type);
        // A refund is a payment of its own, with a negative amount.
        Assert.Equal(-50.0, (double)refund.Result.Amount);
        Assert.Equal(PaymentType.Refund, refund.Result.Type);
        Assert.Equal(payment.Result.Id, refund.Result.OriginalPaymentId);
        Assert.Equal(120.0, (double)paid.Result.Refundable);
        Assert.Equal(InvoiceStatus.Open, reopened.Result.Status);
        Assert.Equal(50.0, (double)reopened.Result.Totals.Due);
    }

    [Fact]
    public async Task StaleVersionAndBadFieldAreTypedProblemsThatChangeNothing()
    {
        using var company = await ScriptCompany.StartAsync(fixture);
        var api = company.Client;
        var created = await api.CreateCustomerAsync(ScriptCompany.NewKey(), new CustomerRequest { Stage = CustomerStage.Lead, FirstName = "Bo", LastName = "Ray" });
        var read = ScriptCompany.ETag(created);
        var renamed = await api.UpdateCustomerAsync(created.Result.Id, read, new CustomerRequest { FirstName = "Bo", LastName = "Rayburn" });

        var stale = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(
            () => api.UpdateCustomerAsync(created.Result.Id, read, new CustomerRequest { FirstName = "Bo", LastName = "Overwritten" }));
        var badLine = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(
            () => api.CreateInvoiceAsync(created.Result.Id, ScriptCompany.NewKey(), new CreateInvoiceRequest { Lines = [new InvoiceLineRequest { Quantity = 1 }] }));
        var after = await api.GetCustomerAsync(created.Result.Id);
        var invoices = await api.ListCustomerInvoicesAsync(created.Result.Id, null, null, null, null);

        Assert.NotEqual(read, ScriptCompany.ETag(renamed));
        Assert.Equal(412, stale.StatusCode);
        Assert.Equal("urn:securitytrax:problem:stale-version", stale.Result.Type);
        Assert.Equal(412, stale.Result.Status);
        Assert.Equal(400, badLine.StatusCode);
        Assert.Equal("urn:securitytrax:problem:validation", badLine.Result.Type);
        Assert.Equal(new[] { "lines[0].itemId" }, badLine.Result.Errors?.Keys);
        Assert.Equal("Rayburn", after.Result.LastName);
        Assert.Equal(ScriptCompany.ETag(renamed), ScriptCompany.ETag(after));
        Assert.Empty(invoices.Result.Items);
    }
}

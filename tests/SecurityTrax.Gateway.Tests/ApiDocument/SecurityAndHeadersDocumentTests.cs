namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>The document says how to authenticate and which headers go where, as the gateway enforces them.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SecurityAndHeadersDocumentTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheBearerSchemeIsDeclaredAndOnlySignedInOperationsRequireIt()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        var schemes = document.Root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("http", schemes.GetProperty("Bearer").GetProperty("type").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("JWT", schemes.GetProperty("Bearer").GetProperty("bearerFormat").GetString());
        Assert.Equal("X-Operator-Key", schemes.GetProperty("OperatorKey").GetProperty("name").GetString());

        Assert.Equal(["Bearer"], document.Operation("CreateCustomer").SecuritySchemes);
        Assert.Equal(["Bearer"], document.Operation("ReadMyNotifications").SecuritySchemes);
        Assert.Equal(["OperatorKey"], document.Operation("CreateTenant").SecuritySchemes);
        foreach (var anonymous in new[] { "SignIn", "RefreshToken", "Liveness", "Readiness", "StripeWebhook", "TwilioInboundMessage" })
        {
            Assert.True(document.Operation(anonymous).SecuritySchemes.Count == 0, $"{anonymous} is anonymous but declares security.");
        }
    }

    [Fact]
    public async Task IdempotencyKeyIsRequiredWhereTheGatewayAnswers428AndOptionalOnOtherCreates()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        Assert.True(document.Operation("CreatePayment").HeaderParameter("Idempotency-Key"));
        Assert.True(document.Operation("RefundPayment").HeaderParameter("Idempotency-Key"));
        Assert.False(document.Operation("CreateCustomer").HeaderParameter("Idempotency-Key"));
        Assert.Null(document.Operation("GetCustomer").HeaderParameter("Idempotency-Key"));

        // Exactly the money operations (a credit pull costs money too), which the middleware refuses with 428 without a key.
        Assert.Equal(
            ["ApplyCreditMemo", "ApplyPayment", "CreatePayment", "PayInPortal", "PayInvoice", "ProcessPayment", "RefundPayment", "RunCreditReport", "VoidPayment"],
            document.Operations().Where(o => o.HeaderParameter("Idempotency-Key") == true).Select(o => o.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SuccessAnswersDeclareTheETagLocationAndReplayHeadersTheGatewaySends()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        Assert.Contains("ETag", document.Operation("GetCustomer").ResponseHeaders("200"));
        Assert.Equal(["ETag", "Location", "Idempotent-Replayed"], document.Operation("CreateCustomer").ResponseHeaders("201"));
        Assert.Equal(["Location", "Idempotent-Replayed"], document.Operation("CreatePayment").ResponseHeaders("201"));
        Assert.DoesNotContain("ETag", document.Operation("ListCustomers").ResponseHeaders("200"));
    }
}

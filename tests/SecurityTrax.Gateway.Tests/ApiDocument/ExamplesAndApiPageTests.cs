using System.Net;
using System.Text;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>The main requests carry examples a client can send as they are, and the API page shows how to authenticate.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ExamplesAndApiPageTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Theory]
    [InlineData("SignIn")]
    [InlineData("CreateCustomer")]
    [InlineData("CreateInvoice")]
    [InlineData("CreatePayment")]
    [InlineData("RefundPayment")]
    public async Task AMainRequestHasAnExampleOfItsOwnSchemaWithEveryRequiredMember(string operationId)
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var body = document.Operation(operationId).Json.GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
        var schema = document.Schema(body.GetProperty("schema").GetProperty("$ref").GetString()!.Split('/')[^1]);
        var example = body.GetProperty("example");
        var members = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(example.EnumerateObject(), m => Assert.True(members.Contains(m.Name), $"{operationId}'s example sends {m.Name}, which the request does not have."));
        if (schema.TryGetProperty("required", out var required))
        {
            Assert.All(required.EnumerateArray(), r => Assert.True(example.TryGetProperty(r.GetString()!, out _), $"{operationId}'s example lacks {r}."));
        }
    }

    [Fact]
    public async Task TheCreateCustomerExampleCreatesACustomerAsItIs()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var example = document.Operation("CreateCustomer").Json.GetProperty("requestBody").GetProperty("content")
            .GetProperty("application/json").GetProperty("example").GetRawText();
        using var response = await Admin.PostAsync("/api/v1/customers", new StringContent(example, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Lee", created.GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task TheApiPagePrefersThePastedBearerTokenAndTheDocumentSaysHowToGetOne()
    {
        var page = await Fixture.Http.GetStringAsync("/scalar");
        Assert.Contains("\"authentication\":{\"preferredSecurityScheme\":[\"Bearer\"],\"securitySchemes\":{\"Bearer\":{\"token\":\"\"}}}", page, StringComparison.Ordinal);
        Assert.Contains("\"persistAuth\":true", page, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"openapi/v1.json\"", page, StringComparison.Ordinal);

        // What the page renders: the introduction, the headers and the examples come from the document.
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var introduction = document.Root.GetProperty("info").GetProperty("description").GetString()!;
        Assert.Contains("`Authorization: Bearer <token>`", introduction, StringComparison.Ordinal);
        Assert.Contains("`If-Match`", introduction, StringComparison.Ordinal);
        Assert.Contains("`Idempotency-Key`", introduction, StringComparison.Ordinal);
        Assert.True(document.Operation("CreatePayment").HeaderParameter("Idempotency-Key"));
        Assert.True(document.Operation("CreatePayment").Json.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
    }
}

using System.Net;
using System.Net.Http.Json;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>Every answer an operation can give is in the document, errors as ProblemDetails, successes typed.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ProblemResponsesDocumentTests(GatewayFixture fixture) : AdminSession(fixture)
{
    [Theory]
    [InlineData("GetCustomer", "200 401 403 404 503")]
    [InlineData("ListCustomers", "200 400 401 403 429 503")]
    [InlineData("CreateCustomer", "201 400 401 403 409 415 422 503")]
    [InlineData("UpdateCustomer", "200 400 401 403 404 412 415 428 503")]
    [InlineData("DeleteCustomer", "204 400 401 403 404 409 412 428 503")]
    [InlineData("CreatePayment", "201 400 401 403 404 409 415 422 428 503")]
    [InlineData("SignIn", "200 400 401 403 415 429 503")]
    [InlineData("GetMe", "200 401 503")]
    [InlineData("Liveness", "200")]
    public async Task AnOperationDocumentsExactlyTheAnswersItsKindGives(string operationId, string statuses)
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var operation = document.Operation(operationId);
        Assert.Equal(statuses.Split(' '), operation.Statuses.Order(StringComparer.Ordinal));
        Assert.All(operation.Statuses.Where(s => s[0] is '4' or '5'), s => Assert.True(operation.HasProblemContent(s), $"{operationId} {s}"));
    }

    [Fact]
    public async Task TheProblemSchemaAllowsTheMembersOurProblemsCarry()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        var schema = document.Schema("ProblemDetails");
        // Absent means allowed; the framework's own schema said false, which a strict client would enforce.
        Assert.False(schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == System.Text.Json.JsonValueKind.False);
        Assert.Equal(
            ["type", "title", "status", "detail", "instance", "traceId", "errors"],
            schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task ABadFieldAnswers400AsDocumentedNot422()
    {
        using var response = await Admin.PostAsJsonAsync("/api/v1/customers", new { firstName = "Ann", lastName = "Lee", favouriteColour = "blue" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        Assert.Contains("400", document.Operation("CreateCustomer").Statuses);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PrintoutsDeclareTheirMediaTypes()
    {
        var document = await OpenApiDocumentReader.LoadAsync(Fixture.Http);
        Assert.Equal(["text/html"], document.Operation("PrintInvoice").Response("200").GetProperty("content").EnumerateObject().Select(c => c.Name));
        var pdf = document.Operation("GetInvoicePdf").Response("200").GetProperty("content").GetProperty("application/pdf").GetProperty("schema");
        Assert.Equal("#/components/schemas/Stream", pdf.GetProperty("$ref").GetString());
        Assert.Equal("binary", document.Schema("Stream").GetProperty("format").GetString());
    }
}

using System.Net;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>
/// The standing check of the OpenAPI document: every operation has a summary, a typed success answer, the problem
/// answers its kind implies, the security requirement and the headers. A new endpoint without them fails here.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class ApiDocumentCompletenessTests(GatewayFixture fixture)
{
    [Fact]
    public async Task EveryOperationDeclaresItsSummarySuccessProblemsAndSecurity()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        var operations = document.Operations().ToList();
        var failures = operations.SelectMany(DocumentRules.Check).ToList();
        failures.AddRange(DocumentRules.Anonymous.Keys.Where(k => operations.All(o => o.Id != k)).Select(k => $"{k}: listed as anonymous but not in the document."));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(operations.Count >= 130, $"Only {operations.Count} operations were checked.");
    }

    [Fact]
    public void TheRulesFindEverythingAnUndocumentedEndpointLacks()
    {
        // What a new money endpoint would look like in the document without this slice's transformers and metadata.
        var bare = JsonDocument.Parse("""
            {"operationId":"AddGadget",
             "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}},
                           {"name":"Idempotency-Key","in":"header","required":true,"schema":{"type":"string"}}],
             "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/GadgetRequest"}}}},
             "responses":{"201":{"description":"Created"},"409":{"description":"Conflict"}}}
            """).RootElement;

        var failures = DocumentRules.Check(new DocumentedOperation("POST", "/api/v1/customers/{id}/gadgets", bare)).ToList();

        Assert.Equal(
            [
                "AddGadget: no summary.",
                "AddGadget: its 201 answer has no schema.",
                "AddGadget: no bearer security requirement.",
                "AddGadget: its kind implies a 401 answer, which is not documented.",
                "AddGadget: its kind implies a 403 answer, which is not documented.",
                "AddGadget: its kind implies a 404 answer, which is not documented.",
                "AddGadget: its kind implies a 400 answer, which is not documented.",
                "AddGadget: its kind implies a 415 answer, which is not documented.",
                "AddGadget: its kind implies a 422 answer, which is not documented.",
                "AddGadget: its kind implies a 428 answer, which is not documented.",
                "AddGadget: its kind implies a 503 answer, which is not documented.",
                "AddGadget: its 409 answer is not an application/problem+json ProblemDetails.",
            ],
            failures);
    }

    [Fact]
    public async Task OperationsDocumentedAsSecuredAnswer401WithoutATokenAndTheOthersDoNot()
    {
        var document = await OpenApiDocumentReader.LoadAsync(fixture.Http);
        var failures = new List<string>();
        foreach (var operation in document.Operations())
        {
            var path = System.Text.RegularExpressions.Regex.Replace(operation.Path, "{[^}]+}", "1");
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
            using var response = await fixture.Http.SendAsync(request);
            var secured = operation.SecuritySchemes.Contains("Bearer");
            if (secured != (response.StatusCode == HttpStatusCode.Unauthorized))
            {
                failures.Add($"{operation.Route}: documented {(secured ? "secured" : "anonymous")}, answered {(int)response.StatusCode} without a token.");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}

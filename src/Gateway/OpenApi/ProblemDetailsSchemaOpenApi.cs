using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>
/// The one ProblemDetails schema every error answer points at, as the gateway writes it: the framework's own schema
/// forbids extra members, but ours carry <c>traceId</c>, <c>errors</c> by field and kind-specific members.
/// </summary>
public sealed class ProblemDetailsSchemaOpenApi : IOpenApiDocumentTransformer
{
    public const string Name = "ProblemDetails";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Name] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem. `type` is stable per kind of error (`urn:securitytrax:problem:*`); branch on it, not on `title`.",
            Required = new HashSet<string> { "type", "title", "status" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("The kind of error, e.g. `urn:securitytrax:problem:validation` or `urn:securitytrax:problem:stale-version`."),
                ["title"] = Text("A short, human-readable summary of the kind."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
                ["detail"] = Text("What went wrong with this request, and what to do."),
                ["instance"] = Text("The request's path."),
                ["traceId"] = Text("Quote it when reporting a problem."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Input errors by field (`address.line1`, `lines[0].quantity`, `If-Match`): each a list of reasons.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            // Some kinds add members (recurringInvoiceIds on a refused customer delete); clients keep what they do not know.
            AdditionalPropertiesAllowed = true,
            Examples = [JsonNode.Parse("""
                {"type":"urn:securitytrax:problem:validation","title":"One or more fields are invalid.","status":400,
                 "instance":"/api/v1/customers","traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
                 "errors":{"lastName":["Required."]}}
                """)!],
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}

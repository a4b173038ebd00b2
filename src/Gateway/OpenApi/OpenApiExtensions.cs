using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>The OpenAPI document at /openapi/v1.json, with the rules that make it the contract (see docs/decisions.md).</summary>
    public static IServiceCollection AddSecurityTraxOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<SecuritySchemesOpenApi>();
            o.AddOperationTransformer<SecurityRequirementOpenApi>();
            o.AddOperationTransformer<IfMatchOpenApi>();
            o.AddOperationTransformer<IdempotencyKeyOpenApi>();
            o.AddOperationTransformer<ResponseHeadersOpenApi>();
            o.AddSchemaTransformer<StringEnumSchemaOpenApi>();
            o.AddOperationTransformer<ProblemResponsesOpenApi>();
            o.AddOperationTransformer<RequestExamplesOpenApi>();
            o.AddDocumentTransformer<ProblemDetailsSchemaOpenApi>();
            // First: the money converter leaves decimal schemas untyped, and the field formats need the type.
            o.AddSchemaTransformer<MoneyOpenApi>();
            o.AddSchemaTransformer<OptionalMembersOpenApi>();
            o.AddSchemaTransformer<FieldFormatsOpenApi>();
        });
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.Http;

/// <summary>
/// Keeps money a number in the OpenAPI document: a custom converter on decimal (<see cref="MoneyJsonConverter"/>)
/// would otherwise leave its schema without a type.
/// </summary>
public sealed class MoneyOpenApi : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((type == typeof(decimal) || type == typeof(decimal?)) && schema.Type is null)
        {
            schema.Type = type == typeof(decimal) ? JsonSchemaType.Number : JsonSchemaType.Number | JsonSchemaType.Null;
            schema.Format ??= "decimal";
        }

        return Task.CompletedTask;
    }
}

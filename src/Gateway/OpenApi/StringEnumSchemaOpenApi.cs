using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>
/// Enums travel as snake_case strings, but their schemas list the values without a type; generated clients then take
/// them for numbers (NSwag sends 0 for "card"). Naming the type makes the values strings for every generator.
/// </summary>
public sealed class StringEnumSchemaOpenApi : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is null && schema.Enum is { Count: > 0 } values && values.All(v => v?.GetValueKind() == JsonValueKind.String))
        {
            schema.Type = JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }
}

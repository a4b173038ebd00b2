using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.Http;

/// <summary>
/// Declares the required If-Match header on every operation whose handler takes <see cref="IfMatch"/>, so the
/// OpenAPI document states which writes are versioned (generated clients send it; the route walk test reads it).
/// </summary>
public sealed class IfMatchOpenApi : IOpenApiOperationTransformer
{
    public const string Header = "If-Match";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (handler is not null && TakesIfMatch(handler))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Header,
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag the change is based on: missing answers 428, another version 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        return Task.CompletedTask;
    }

    public static bool TakesIfMatch(MethodInfo handler) =>
        handler.GetParameters().Any(p => p.ParameterType == typeof(IfMatch) || Nullable.GetUnderlyingType(p.ParameterType) == typeof(IfMatch));
}

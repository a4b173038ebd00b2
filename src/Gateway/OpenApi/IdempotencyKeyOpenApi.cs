using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SecurityTrax.Gateway.Idempotency;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>Declares the Idempotency-Key header on every operation the idempotency middleware serves: required where it answers 428 without one.</summary>
public sealed class IdempotencyKeyOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var traits = EndpointTraits.Of(context.Description);
        if (traits.TakesIdempotencyKey)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyMiddleware.Header,
                In = ParameterLocation.Header,
                Required = traits.RequiresIdempotencyKey,
                Description = traits.RequiresIdempotencyKey
                    ? "Required: this request moves money. A key of your own, new for each operation and the same on every retry of it "
                        + "(at most 200 printable characters); without one the answer is 428 and nothing is done."
                    : "Optional. A key of your own, new for each operation and the same on every retry of it (at most 200 printable characters): "
                        + "a repeat returns the first answer and creates nothing.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
            });
        }

        return Task.CompletedTask;
    }
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SecurityTrax.Gateway.Idempotency;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>Declares the headers success answers carry: <c>ETag</c>, <c>Location</c> on 201, and <c>Idempotent-Replayed</c> on keyed operations.</summary>
public sealed class ResponseHeadersOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var traits = EndpointTraits.Of(context.Description);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (!status.StartsWith('2') || response is not OpenApiResponse success)
            {
                continue;
            }

            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (traits.Name is { } name && ETagOperations.Names.Contains(name) && status != "204")
            {
                success.Headers["ETag"] = Header("The record's version: send it back as If-Match on the next write to it.");
            }

            if (status == "201")
            {
                success.Headers["Location"] = Header("Where the new record can be read.");
            }

            if (traits.TakesIdempotencyKey)
            {
                success.Headers[IdempotencyMiddleware.ReplayedHeader] = Header(
                    "\"true\" when this is the stored first answer to an earlier request with the same Idempotency-Key; absent otherwise.");
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}

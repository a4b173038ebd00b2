using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>Puts the <see cref="RequestExamples"/> on their operations' JSON bodies (the API page pre-fills them).</summary>
public sealed class RequestExamplesOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (RequestExamples.For(EndpointTraits.Of(context.Description).Name) is { } example
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true
            && json is OpenApiMediaType media)
        {
            media.Example = example;
        }

        return Task.CompletedTask;
    }
}

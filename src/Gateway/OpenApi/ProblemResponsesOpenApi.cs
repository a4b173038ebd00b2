using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>Adds the problem answers of <see cref="ProblemAnswers"/> to every API operation, each with the ProblemDetails schema.</summary>
public sealed class ProblemResponsesOpenApi : IOpenApiOperationTransformer
{
    public const string ContentType = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // Provider webhooks answer the provider's protocol: only the problems they declare, none derived from their kind.
        var webhook = context.Description.RelativePath?.StartsWith("webhooks/", StringComparison.Ordinal) == true;
        operation.Responses ??= [];
        var traits = EndpointTraits.Of(context.Description);
        foreach (var status in webhook ? [] : ProblemAnswers.For(traits, context.Description))
        {
            operation.Responses.TryAdd(status.ToString(CultureInfo.InvariantCulture), new OpenApiResponse());
        }

        foreach (var own in context.Description.ActionDescriptor.EndpointMetadata.OfType<ProblemAnswer>())
        {
            operation.Responses[own.Status.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse { Description = own.Description };
        }

        foreach (var (key, response) in operation.Responses)
        {
            var status = int.Parse(key, CultureInfo.InvariantCulture);
            if (status < 400 || response is not OpenApiResponse problem)
            {
                continue;
            }

            // Derived and endpoint-declared (.ProducesProblem) answers alike: our schema, and the shared meaning
            // unless the endpoint said something more specific than the status's reason phrase.
            problem.Content = new Dictionary<string, OpenApiMediaType>
            {
                [ContentType] = new() { Schema = new OpenApiSchemaReference(ProblemDetailsSchemaOpenApi.Name, context.Document) },
            };
            if (status == StatusCodes.Status409Conflict && ConflictOperations.Describe(traits) is { } conflict)
            {
                problem.Description = conflict;
            }
            else if (ProblemAnswers.Descriptions.TryGetValue(status, out var meaning)
                && (string.IsNullOrEmpty(problem.Description) || problem.Description == ReasonPhrase(status)))
            {
                problem.Description = meaning;
            }
        }

        return Task.CompletedTask;
    }

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}

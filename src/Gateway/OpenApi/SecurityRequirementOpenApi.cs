using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>
/// Puts the bearer requirement on every operation that needs a signed-in user, and the operator key on platform ones;
/// anonymous operations (sign-in, health, webhooks) carry none, so a generated client knows when to send the token.
/// </summary>
public sealed class SecurityRequirementOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var traits = EndpointTraits.Of(context.Description);
        var scheme = traits.SignedIn ? SecuritySchemesOpenApi.Bearer : traits.OperatorKey ? SecuritySchemesOpenApi.OperatorKey : null;
        if (scheme is not null)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}

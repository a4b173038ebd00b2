using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>Declares how callers authenticate: a user's bearer token, or the platform operator's key.</summary>
public sealed class SecuritySchemesOpenApi : IOpenApiDocumentTransformer
{
    public const string Bearer = "Bearer";
    public const string OperatorKey = "OperatorKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.AddComponent<IOpenApiSecurityScheme>(Bearer, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The accessToken from POST /api/v1/auth/token, sent as `Authorization: Bearer <token>`. "
                + "It is short-lived; POST /api/v1/auth/refresh with the refresh token gets a new one.",
        });
        document.AddComponent<IOpenApiSecurityScheme>(OperatorKey, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = Platform.PlatformApi.OperatorKeyHeader,
            Description = "The platform operator's key from the gateway's configuration (platform endpoints only).",
        });
        return Task.CompletedTask;
    }
}

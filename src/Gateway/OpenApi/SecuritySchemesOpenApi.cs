using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>Declares how callers authenticate: a user's bearer token, or the platform operator's key.</summary>
public sealed class SecuritySchemesOpenApi : IOpenApiDocumentTransformer
{
    public const string Bearer = "Bearer";
    public const string OperatorKey = "OperatorKey";

    public const string Introduction = """
        The back office of an alarm dealer: customers, invoices, payments, recurring billing, tickets and messages.

        **Authenticate.** `POST /api/v1/auth/token` with your company's slug, user name and password answers an
        `accessToken`. On this page open *Authentication*, choose **Bearer** and paste the token; every call then sends
        `Authorization: Bearer <token>`. The token is short-lived: `POST /api/v1/auth/refresh` with the refresh token
        gets a new pair.

        **Headers.** Reads answer an `ETag`; writes to an existing record send it back in `If-Match` (missing: 428,
        older: 412). Creating `POST`s accept an `Idempotency-Key`; payments, refunds, voids and applications require
        one (428 without). A repeat with the same key answers the first result with `Idempotent-Replayed: true`.

        **Errors** are `application/problem+json` (RFC 9457) with a stable `type`; input errors name each field in
        `errors`. **Money** is a JSON number in US dollars with at most two decimals; **dates** are `yyyy-MM-dd`;
        instants carry their offset; enumerations are snake_case strings.
        """;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info ??= new OpenApiInfo();
        document.Info.Title = "SecurityTrax API";
        document.Info.Description = Introduction;
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
